// The worker's slip as a picture: thermal printers sold here rarely share a Chinese code page
// with our encoder, so the slip is drawn (text in the system CJK font, QR codes as modules) and
// sent as a raster image, which every ESC/POS printer prints the same way.
import sharp from 'sharp';
import { encode } from 'uqr';

/** What a slip says: a title, numbered lines, and QR codes with their captions. */
export interface SlipContent {
  readonly title: string;
  readonly lines: readonly string[];
  readonly qrCodes: ReadonlyArray<{ readonly text: string; readonly caption: string }>;
}

const FONT_PX = 22;
const LINE_PX = 30;
const MARGIN_PX = 8;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Wraps by character count: CJK glyphs are about one em wide, Latin about half.
function wrap(text: string, widthPx: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of text) {
    const w = (char.codePointAt(0) ?? 0) <= 0xff ? FONT_PX * 0.55 : FONT_PX;
    if (used + w > widthPx - 2 * MARGIN_PX && line) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += w;
  }
  if (line) lines.push(line);
  return lines;
}

function qrSvg(text: string, x: number, y: number, sizePx: number): string {
  const { data, size } = encode(text, { border: 1 });
  const cell = sizePx / size;
  const cells = data.flatMap((row, r) =>
    row.flatMap((dark, c) =>
      dark
        ? [`<rect x="${x + c * cell}" y="${y + r * cell}" width="${cell}" height="${cell}"/>`]
        : [],
    ),
  );
  return `<g fill="#000">${cells.join('')}</g>`;
}

/** Draws the slip `widthPx` wide; returns raw RGBA with its size, as the ESC/POS encoder takes it. */
export async function drawSlip(content: SlipContent, widthPx: number) {
  const parts: string[] = [];
  let y = MARGIN_PX + FONT_PX;
  for (const line of wrap(content.title, widthPx)) {
    parts.push(
      `<text x="${widthPx / 2}" y="${y}" text-anchor="middle" font-weight="bold" font-size="${FONT_PX + 4}">${escapeXml(line)}</text>`,
    );
    y += LINE_PX + 4;
  }
  for (const text of content.lines)
    for (const line of wrap(text, widthPx)) {
      parts.push(
        `<text x="${MARGIN_PX}" y="${y}" font-size="${FONT_PX}">${escapeXml(line)}</text>`,
      );
      y += LINE_PX;
    }
  const qrPx = Math.min(240, widthPx - 2 * MARGIN_PX);
  for (const qr of content.qrCodes) {
    parts.push(qrSvg(qr.text, (widthPx - qrPx) / 2, y, qrPx));
    y += qrPx + LINE_PX;
    parts.push(
      `<text x="${widthPx / 2}" y="${y - 6}" text-anchor="middle" font-size="${FONT_PX}">${escapeXml(qr.caption)}</text>`,
    );
  }
  const heightPx = Math.ceil(y + MARGIN_PX);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" font-family="WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
  return sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
}
