// CSV as spreadsheet programs read it (RFC 4180): CRLF line ends, fields quoted when they must be,
// and a UTF-8 byte order mark so Excel and WPS open Chinese text as UTF-8 instead of GBK.

/** The UTF-8 byte order mark that starts every exported CSV file. */
export const UTF8_BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, a quote or a line break; a leading =+-@ is defused. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A spreadsheet runs a cell starting with these as a formula (CSV injection).
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line with its CRLF. */
export function csvLine(fields: ReadonlyArray<string | number | null>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
