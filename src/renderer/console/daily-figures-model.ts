/** The console's figures over days: today, yesterday, the last 30 days, and the chart's bars. */
import type { TodayStats } from '../../shared/kiosk-api/device-status';
import {
  failuresByCategory,
  type OutcomeCategory,
} from '../../shared/kiosk-api/outcome-categories';

/** Totals of some days: sessions, passes (face and in person) and failures by category. */
export interface PeriodTotals {
  readonly sessions: number;
  readonly passes: number;
  readonly failures: ReadonlyArray<readonly [OutcomeCategory, number]>;
}

/** One day's bar: passes, then failures stacked by category. */
export interface DayBar {
  readonly day: string;
  readonly passes: number;
  readonly failures: ReadonlyArray<readonly [OutcomeCategory, number]>;
}

/** Adds up days' figures. */
function totalsOf(days: readonly TodayStats[]): PeriodTotals {
  const failures: TodayStats['failuresByReason'] = {};
  for (const day of days)
    for (const [reason, count] of Object.entries(day.failuresByReason) as Array<
      [keyof typeof failures, number]
    >)
      failures[reason] = (failures[reason] ?? 0) + count;
  return {
    sessions: days.reduce((sum, day) => sum + day.sessions, 0),
    passes: days.reduce((sum, day) => sum + day.passes + day.operatorVerified, 0),
    failures: failuresByCategory(failures),
  };
}

/** Today, yesterday and the whole period, from days oldest first (today last). */
export function periods(days: readonly TodayStats[]): {
  today: PeriodTotals;
  yesterday: PeriodTotals;
  period: PeriodTotals;
} {
  return {
    today: totalsOf(days.slice(-1)),
    yesterday: totalsOf(days.slice(-2, -1)),
    period: totalsOf(days),
  };
}

/** The chart's bars, oldest first. */
export function dayBars(days: readonly TodayStats[]): DayBar[] {
  return days.map((day) => {
    const { passes, failures } = totalsOf([day]);
    return { day: day.day, passes, failures };
  });
}
