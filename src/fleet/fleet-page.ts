// The fleet page: a server-rendered table of kiosks with state, reader, queue, alarm and version,
// filterable by county and point. No script, so it works in any browser staff have.
import { FLEET_TEXT, type FleetTextKey } from '../shared/i18n/catalog-fleet';
import { fillTemplate, type Locale } from '../shared/i18n/locale';
import type { KioskRow } from './fleet-store';
import { kioskState, type KioskState } from './kiosk-state';

/** What the page shows. */
export interface FleetPageInput {
  readonly rows: readonly KioskRow[];
  /** Every county and point, for the filter menus (unfiltered). */
  readonly places: readonly { county: string; point: string }[];
  readonly filter: { readonly county?: string; readonly point?: string };
  readonly locale: Locale;
  readonly nowMs: number;
  readonly intervalS: number;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function options(values: readonly string[], selected: string | undefined, all: string): string {
  const list = [...new Set(values)].sort();
  return [`<option value="">${escape(all)}</option>`]
    .concat(list.map((v) => `<option${v === selected ? ' selected' : ''}>${escape(v)}</option>`))
    .join('');
}

/** Renders the whole page. */
export function renderFleetPage(input: FleetPageInput): string {
  const t = (key: FleetTextKey, params?: Record<string, string | number>) =>
    escape(fillTemplate(FLEET_TEXT[key][input.locale], params));
  const minutes = (ms: number) => t('fleet.minutes-ago', { minutes: Math.floor(ms / 60_000) });
  const counts: Record<KioskState, number> = { ok: 0, attention: 0, stale: 0, never: 0 };
  const body = input.rows.map((row) => {
    const state = kioskState(row, input.nowMs, input.intervalS);
    counts[state] += 1;
    const beat = row.heartbeat;
    const refused = row.configRefused;
    const cells = [
      escape(row.deviceId),
      escape(row.countyCode),
      escape(row.pointCode),
      `<span class="state ${state}">${t(`fleet.state.${state}`)}</span>`,
      beat ? t(`fleet.reader.${beat.reader}`) : '',
      beat ? String(beat.queue.depth) : '',
      beat?.queue.oldestUnackedAgeS != null ? minutes(beat.queue.oldestUnackedAgeS * 1000) : '',
      beat?.lastAlarm ? escape(beat.lastAlarm.code) : beat ? t('fleet.none') : '',
      beat ? escape(beat.appVersion) : '',
      (row.configApplied === null ? '' : `v${row.configApplied}`) +
        (refused
          ? ` ${t('fleet.config-refused', { version: refused.version, reason: refused.reason })}`
          : ''),
      row.lastSeenAtMs === null ? '' : minutes(input.nowMs - row.lastSeenAtMs),
    ];
    return `<tr data-device="${escape(row.deviceId)}" data-state="${state}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  const heads = [
    'fleet.device',
    'fleet.county',
    'fleet.point',
    'fleet.state',
    'fleet.reader',
    'fleet.queue',
    'fleet.oldest',
    'fleet.alarm',
    'fleet.version',
    'fleet.config',
    'fleet.last-seen',
  ] as const;
  const summary = t('fleet.summary', { total: input.rows.length, ...counts });
  return `<!doctype html>
<html lang="${input.locale}"><head><meta charset="utf-8"><title>${t('fleet.title')}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:"WenQuanYi Micro Hei",system-ui,sans-serif;margin:24px;color:#1a1a1a}
table{border-collapse:collapse;width:100%;font-size:15px}th,td{padding:6px 10px;border-bottom:1px solid #ddd;text-align:left}
th{background:#f3f5f7}.state{padding:2px 8px;border-radius:10px;font-weight:600}
.ok{background:#dff3e4;color:#14532d}.attention{background:#fff1c2;color:#713f12}
.stale{background:#fde2e1;color:#7f1d1d}.never{background:#e5e7eb;color:#374151}
form{margin:12px 0;display:flex;gap:12px;align-items:center}select,button{font-size:15px;padding:4px 8px}
</style></head><body>
<h1>${t('fleet.title')}</h1>
<form method="get">
<label>${t('fleet.county')} <select name="county">${options(
    input.places.map((p) => p.county),
    input.filter.county,
    FLEET_TEXT['fleet.all'][input.locale],
  )}</select></label>
<label>${t('fleet.point')} <select name="point">${options(
    input.places.map((p) => p.point),
    input.filter.point,
    FLEET_TEXT['fleet.all'][input.locale],
  )}</select></label>
<input type="hidden" name="lang" value="${input.locale}"><button type="submit">${t('fleet.filter')}</button>
</form>
<p id="summary">${summary}</p>
${
  input.rows.length === 0
    ? `<p>${t('fleet.empty')}</p>`
    : `<table><thead><tr>${heads.map((h) => `<th>${t(h)}</th>`).join('')}</tr></thead><tbody>
${body.join('\n')}
</tbody></table>`
}
</body></html>`;
}
