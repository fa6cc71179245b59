/** Output of `eval:faces --sessions`: the trade-off table, its JSON document and the session operating point. */
import { operatingPointName, type CalibrationPoint } from '../match/calibration';
import type { ConditionSummary } from './condition-summary';
import {
  ALL_SECTION,
  passRates,
  sessionThreshold,
  worstPassRates,
  type SessionPassRates,
  type SessionScoreTable,
} from './session-evaluation';
import { formatPercent, tableRow } from './report-format';
import { ATTEMPT_VIEWS, type AttemptViews } from './session-scores';

/** The impostor session pass rate the kiosk's default must not exceed (issue 11, part 6). */
export const SESSION_IMPOSTOR_TARGET = 0.001;

/** A threshold with the name the report shows it under. */
export interface NamedThreshold {
  readonly name: string;
  readonly threshold: number;
}

/** One threshold's session figures, by section and bound. */
interface SessionPointFigures extends NamedThreshold {
  readonly sections: Readonly<Record<string, Readonly<Record<AttemptViews, SessionPassRates>>>>;
}

/** The `--sessions` part of the report. */
export interface SessionReport {
  readonly attempts: number;
  readonly impostorTarget: number;
  readonly points: readonly SessionPointFigures[];
}

/** A table's figures at the named thresholds, lowest threshold first. */
export function reportAt(
  table: SessionScoreTable,
  named: readonly NamedThreshold[],
): SessionReport {
  const points = [...named]
    .sort((a, b) => a.threshold - b.threshold)
    .map(({ name, threshold }) => ({
      name,
      threshold,
      sections: Object.fromEntries(
        Object.entries(table.sections).map(([section, bounds]) => [
          section,
          Object.fromEntries(
            ATTEMPT_VIEWS.map((views) => [views, passRates(bounds[views], threshold)]),
          ) as Record<AttemptViews, SessionPassRates>,
        ]),
      ),
    }));
  return { attempts: table.attempts, impostorTarget: SESSION_IMPOSTOR_TARGET, points };
}

/** Figures at every per-attempt operating point of the card condition and at the session point. */
export function buildSessionReport(
  table: SessionScoreTable,
  card: ConditionSummary,
): SessionReport {
  const named = card.operatingPoints.flatMap((point) =>
    point.threshold === null
      ? []
      : [{ name: operatingPointName('far', point.far), threshold: point.threshold }],
  );
  const session = sessionThreshold(table, SESSION_IMPOSTOR_TARGET);
  if (session !== null)
    named.push({
      name: operatingPointName('session', SESSION_IMPOSTOR_TARGET),
      threshold: session,
    });
  return reportAt(table, named);
}

/**
 * The session operating point as the calibration stores it: per-attempt FAR and TAR from the whole
 * set's same-view sessions (one attempt's figure), plus the worst session pass rates; null when
 * the set is too small to resolve the impostor target.
 */
export function sessionCalibrationPoint(
  report: SessionReport,
  table: SessionScoreTable,
): { readonly name: string; readonly point: CalibrationPoint } | null {
  const name = operatingPointName('session', report.impostorTarget);
  const figures = report.points.find((point) => point.name === name);
  const perAttempt = figures?.sections[ALL_SECTION]?.['same-view'];
  if (!figures || !perAttempt) return null;
  return {
    name,
    point: {
      far: perAttempt.impostorPass,
      threshold: figures.threshold,
      tar: perAttempt.genuinePass,
      session: { attempts: report.attempts, ...worstPassRates(table, figures.threshold) },
    },
  };
}

/** The trade-off table (Markdown): per operating point, section and bound, session FRR and impostor pass. */
export function sessionTable(report: SessionReport): string {
  const lines = [
    tableRow([
      'operating point',
      'threshold',
      'group',
      'attempts see',
      'genuine sessions',
      'session FRR',
      'impostor sessions',
      'impostor session pass',
    ]),
    tableRow(Array.from({ length: 8 }, () => '---')),
  ];
  for (const point of report.points)
    for (const [section, bounds] of Object.entries(point.sections))
      for (const views of ATTEMPT_VIEWS) {
        const rates = bounds[views];
        lines.push(
          tableRow([
            point.name,
            point.threshold.toFixed(4),
            section,
            views,
            String(rates.genuineSessions),
            formatPercent(1 - rates.genuinePass, 2),
            String(rates.impostorSessions),
            formatPercent(rates.impostorPass, 3),
          ]),
        );
      }
  return lines.join('\n');
}
