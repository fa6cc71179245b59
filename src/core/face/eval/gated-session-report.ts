/**
 * The `--kiosk-gates` part of `eval:faces --sessions`: the sessions again with only the images the
 * kiosk's gates let through as live attempts and as cards, at the same thresholds as the ungated
 * table plus the lowest threshold that keeps every gated section's impostor sessions at the target.
 */
import type { FaceGate } from '../face-guidance';
import { operatingPointName } from '../match/calibration';
import { tableRow } from './report-format';
import type { SetEmbeddings } from './face-evaluation';
import type { FaceSet } from './face-set';
import { CARD_GATES, gateCounts, gateRoles, LIVE_GATES, type GateCounts } from './kiosk-gates';
import { scoreSessions, sessionThreshold } from './session-evaluation';
import { reportAt, SESSION_IMPOSTOR_TARGET, type SessionReport } from './session-report';

/** What the gates removed and the session figures without it. */
export interface GatedSessionReport {
  readonly liveGates: readonly FaceGate[];
  readonly cardGates: readonly FaceGate[];
  readonly gates: Readonly<Record<string, GateCounts>>;
  readonly sessions: SessionReport;
}

/** The name of the gated session point: never a calibration's name, so it cannot become a default. */
export const GATED_SESSION_POINT = `gated-${operatingPointName('session', SESSION_IMPOSTOR_TARGET)}`;

/** Scores the gated sessions at the ungated report's thresholds and at the gated session point. */
export function buildGatedReport(
  set: FaceSet,
  embeddings: SetEmbeddings,
  ungated: SessionReport,
): GatedSessionReport {
  const table = scoreSessions(set, embeddings, ungated.attempts, gateRoles(embeddings.faces));
  const gated = sessionThreshold(table, SESSION_IMPOSTOR_TARGET);
  const named = ungated.points.map(({ name, threshold }) => ({ name, threshold }));
  if (gated !== null) named.push({ name: GATED_SESSION_POINT, threshold: gated });
  return {
    liveGates: LIVE_GATES,
    cardGates: CARD_GATES,
    gates: gateCounts(set, embeddings.faces),
    sessions: reportAt(table, named),
  };
}

/** What the gates removed (Markdown): per section, images failing each gate and those left. */
export function gateTable(report: GatedSessionReport): string {
  const lines = [
    tableRow([
      'group',
      'images',
      'no face',
      'pose > limit',
      'eyes closed',
      'too dark',
      'not sharp',
      'live attempts left',
      'cards left',
    ]),
    tableRow(Array.from({ length: 9 }, () => '---')),
  ];
  for (const [section, counts] of Object.entries(report.gates)) {
    const { failing } = counts;
    lines.push(
      tableRow([
        section,
        counts.images,
        counts.noFace,
        failing.pose,
        failing.eyes,
        failing.brightness,
        failing.sharpness,
        counts.live,
        counts.card,
      ]),
    );
  }
  const gates = (list: readonly FaceGate[]) => list.join(', ');
  lines.push(
    '',
    `Live attempts must pass: ${gates(report.liveGates)}; cards: ${gates(report.cardGates)}.`,
  );
  return lines.join('\n');
}
