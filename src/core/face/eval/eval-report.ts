/** Output of `eval:faces`: the printed table and the single JSON object of `--json`. */
import type { ConditionFigures } from './condition-summary';
import type { EvaluationResult } from './face-evaluation';
import type { GatedSessionReport } from './gated-session-report';
import { formatPercent, tableRow } from './report-format';
import type { SessionReport } from './session-report';

/** The figures of one evaluation, by group when asked. */
export interface EvaluationReport {
  readonly all: EvaluationResult;
  readonly groups: Readonly<Record<string, EvaluationResult>>;
  /** With `--sessions`: session figures at every operating point. */
  readonly sessions?: SessionReport;
  /** With `--kiosk-gates`: what the kiosk's gates remove and the sessions without it. */
  readonly gatedSessions?: GatedSessionReport;
}

/**
 * The `--json` document: `{"conditions": {"asIs": C, "card": C}}`, plus `groups` with `--by-group`
 * and `sessions` with `--sessions`, `gatedSessions` with `--kiosk-gates`.
 */
export function reportDocument(report: EvaluationReport, byGroup: boolean): object {
  const conditions = (result: EvaluationResult) => ({
    asIs: result.asIs.figures,
    card: result.card.figures,
  });
  const groups = Object.entries(report.groups).map(([name, result]) => [
    name,
    { conditions: conditions(result) },
  ]);
  return {
    conditions: conditions(report.all),
    ...(byGroup ? { groups: Object.fromEntries(groups) } : {}),
    ...(report.sessions ? { sessions: report.sessions } : {}),
    ...(report.gatedSessions ? { gatedSessions: report.gatedSessions } : {}),
  };
}

const percent = (value: number | null) => formatPercent(value, 2, 'n/a');

function figureRow(condition: string, group: string, f: ConditionFigures): string {
  return tableRow([
    condition,
    group,
    String(f.genuine),
    String(f.impostors),
    String(f.failures),
    percent(f.eer),
    percent(f.tarAtFar['0.01']),
    percent(f.tarAtFar['0.001']),
    percent(f.tarAtFar['0.0001']),
  ]);
}

/** The human-readable table (Markdown, so it can go into docs/performance.md as printed). */
export function reportTable(report: EvaluationReport): string {
  const lines = [
    tableRow([
      'condition',
      'group',
      'genuine',
      'impostors',
      'failures',
      'EER',
      'TAR@FAR 1%',
      'TAR@FAR 0.1%',
      'TAR@FAR 0.01%',
    ]),
    tableRow(Array.from({ length: 9 }, () => '---')),
  ];
  const sections: [string, EvaluationResult][] = [
    ['all', report.all],
    ...Object.entries(report.groups),
  ];
  for (const [condition, key] of [
    ['as-is', 'asIs'],
    ['card', 'card'],
  ] as const) {
    for (const [group, result] of sections)
      lines.push(figureRow(condition, group, result[key].figures));
  }
  return lines.join('\n');
}
