import type { CardReadEvent } from './reader-events';

type FieldValue =
  | string
  | {
      readonly kind: string;
      readonly code?: string;
      readonly iso?: string;
      readonly raw?: string;
      readonly name?: string;
      readonly label?: { readonly en: string; readonly 'zh-CN': string };
    };

// The card's field shapes (see card.ts): plain text, coded values with a label or name, dates
// (ISO, 长期, or the raw text of an invalid one) and unknown codes kept raw.
function fieldText(value: FieldValue): string {
  if (typeof value === 'string') return value;
  if (value.kind === 'long-term') return '长期 (long-term)';
  if (value.iso !== undefined) return value.iso;
  if (value.code !== undefined)
    return `${value.code} ${value.name ?? value.label?.['zh-CN'] ?? ''}`.trim();
  return `${value.raw ?? ''} (${value.kind})`;
}

/**
 * The technician's view of one card read: every field in full (ID number unmasked: this is the
 * diagnostic CLI, not a screen a worker or bystander sees), findings in both languages, block
 * sizes and timings. Never logged: it goes to the terminal only.
 */
export function describeCardRead(read: CardReadEvent): string[] {
  const { card, findings } = read.parsed;
  const fields = Object.entries(card).map(
    ([key, value]) => `  ${key.padEnd(24)} ${fieldText(value as FieldValue)}`,
  );
  const t = read.timings;
  return [
    `Card: ${card.type}`,
    ...fields,
    ...(read.appendedAddress === null
      ? []
      : [`  ${'appendedAddress'.padEnd(24)} ${read.appendedAddress}`]),
    `  ${'photo'.padEnd(24)} ${read.photo.length} bytes`,
    ...(read.fingerprint === null
      ? []
      : [`  ${'fingerprint'.padEnd(24)} ${read.fingerprint.length} bytes`]),
    findings.length === 0 ? 'Findings: none' : 'Findings:',
    ...findings.map(
      (f) => `  [${f.severity}] ${f.code} (${f.field}): ${f.text['zh-CN']} / ${f.text.en}`,
    ),
    `Timings: select ${t.selectMs} ms, read ${t.readMs} ms${t.appendedAddressMs === null ? '' : `, address ${t.appendedAddressMs} ms`}, total ${t.totalMs} ms`,
  ];
}
