/**
 * The figures of a session evaluation, from the sessions' outcomes (pure): genuine session pass
 * rate and BPCER, APCER per attack kind, impostor session pass rate, time to decision, challenges.
 * docs/accuracy.md documents the JSON.
 */
import { formatPercent } from '../../face/eval/report-format';
import type { ClipKind } from './session-set';
import type { ClipSessionResult } from './clip-session';

/** Whose card a session used against which clip. */
type SessionRole = 'genuine' | 'impostor' | 'attack';

/** One evaluated session. */
export interface EvaluatedSession extends ClipSessionResult {
  readonly clip: string;
  readonly kind: ClipKind;
  /** The clip was made by code from a live clip (`--synthetic-attacks`). */
  readonly synthetic: boolean;
  /** The person the clip shows, and the person whose card photo the session held. */
  readonly person: string;
  readonly cardOf: string;
  readonly role: SessionRole;
}

/** Sessions and how many of them passed. */
interface PassCount {
  readonly sessions: number;
  readonly passed: number;
  /** passed / sessions (null without sessions). */
  readonly passRate: number | null;
}

/** The summary of an evaluation. */
export interface SessionSummary {
  /** Live clips with their own card: passRate, and bpcer = 1 − passRate (session FRR). */
  readonly genuine: PassCount & { readonly bpcer: number | null };
  /** Live clips with another person's card. */
  readonly impostor: PassCount;
  /** Attack clips with the card of the person they show, per kind: apcer = passRate. */
  readonly attacks: Readonly<
    Partial<Record<ClipKind, PassCount & { readonly apcer: number | null }>>
  >;
  /** Camera time from the face step to the final result, over all sessions (ms). */
  readonly decisionMs: {
    readonly p50: number | null;
    readonly p90: number | null;
    readonly max: number | null;
  };
  /** Sessions in which a challenge was asked, and sessions with no final result (must be 0). */
  readonly challengedSessions: number;
  readonly undecided: number;
}

const count = (sessions: readonly EvaluatedSession[]): PassCount => {
  const passed = sessions.filter((s) => s.outcome === 'pass').length;
  return {
    sessions: sessions.length,
    passed,
    passRate: sessions.length ? passed / sessions.length : null,
  };
};

/** The value at quantile q (nearest rank) of the sorted values. */
const quantile = (sorted: readonly number[], q: number): number | null =>
  sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? null)
    : null;

/** Summarises evaluated sessions. */
export function summarizeSessions(sessions: readonly EvaluatedSession[]): SessionSummary {
  const genuine = count(sessions.filter((s) => s.role === 'genuine'));
  const attacks: Partial<Record<ClipKind, PassCount & { apcer: number | null }>> = {};
  for (const kind of new Set(sessions.filter((s) => s.role === 'attack').map((s) => s.kind))) {
    const c = count(sessions.filter((s) => s.role === 'attack' && s.kind === kind));
    attacks[kind] = { ...c, apcer: c.passRate };
  }
  const times = sessions.map((s) => s.decisionMs).sort((a, b) => a - b);
  return {
    genuine: { ...genuine, bpcer: genuine.passRate === null ? null : 1 - genuine.passRate },
    impostor: count(sessions.filter((s) => s.role === 'impostor')),
    attacks,
    decisionMs: { p50: quantile(times, 0.5), p90: quantile(times, 0.9), max: times.at(-1) ?? null },
    challengedSessions: sessions.filter((s) => s.challenges > 0).length,
    undecided: sessions.filter((s) => s.outcome === 'undecided').length,
  };
}

const percent = (rate: number | null) => formatPercent(rate, 1);
const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const passiveText = (p: EvaluatedSession['passive']) =>
  p ? `${p.mean.toFixed(3)} / ${p.min.toFixed(3)} / ${p.acrossCropsMean.toFixed(3)}` : '–';

/** " (synthetic)" when every session of the kind ran a clip made by code, " (partly synthetic)" when some did. */
function syntheticLabel(sessions: readonly EvaluatedSession[], kind: string): string {
  const ofKind = sessions.filter((s) => s.role === 'attack' && s.kind === kind);
  const made = ofKind.filter((s) => s.synthetic).length;
  if (made === 0) return '';
  return made === ofKind.length ? ' (synthetic)' : ' (partly synthetic)';
}

/** The summary and every session as Markdown tables. */
export function sessionTables(
  summary: SessionSummary,
  sessions: readonly EvaluatedSession[],
): string {
  const rows = [
    `| genuine (live, own card): pass | ${summary.genuine.passed}/${summary.genuine.sessions} | BPCER ${percent(summary.genuine.bpcer)} |`,
    `| impostor (live, another's card): pass | ${summary.impostor.passed}/${summary.impostor.sessions} | ${percent(summary.impostor.passRate)} |`,
    ...Object.entries(summary.attacks).map(
      ([kind, c]) =>
        `| attack ${kind}${syntheticLabel(sessions, kind)} (own card): pass | ${c.passed}/${c.sessions} | APCER ${percent(c.apcer)} |`,
    ),
    `| time to decision p50 / p90 / max | | ${seconds(summary.decisionMs.p50)} / ${seconds(summary.decisionMs.p90)} / ${seconds(summary.decisionMs.max)} |`,
    `| sessions with a challenge | ${summary.challengedSessions}/${sessions.length} | |`,
    `| sessions without a decision | ${summary.undecided} | |`,
  ];
  const detail = sessions.map(
    (s) =>
      `| ${s.clip} | ${s.kind}${s.synthetic ? ' (synthetic)' : ''} | ${s.cardOf} | ${s.outcome} | ${s.reasonKey ?? '–'} | ${seconds(s.decisionMs)} | ${s.attempts} | ${[s.challenges, ...s.challengeKeys].join(' ')} | ${passiveText(s.passive)} |`,
  );
  return [
    '| figure | sessions | rate |',
    '|---|---|---|',
    ...rows,
    '',
    '| clip | kind | card of | outcome | reason | decision | attempts | challenged attempts | passive mean / min / across crops |',
    '|---|---|---|---|---|---|---|---|---|',
    ...detail,
  ].join('\n');
}
