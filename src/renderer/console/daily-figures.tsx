/** The console's figures over days: today, yesterday, the last 30 days and a chart of each day. */
import { useEffect, useState } from 'preact/hooks';
import {
  LIFECYCLE_CONSOLE_TEXT as TEXT,
  OUTCOME_CATEGORY_TEXT,
} from '../../shared/i18n/catalog-lifecycle-console';
import type { TodayStats } from '../../shared/kiosk-api/device-status';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import { useText } from '../view/locale-context';
import { dayBars, periods, type DayBar, type PeriodTotals } from './daily-figures-model';

const DAYS = 30;
const BAR_WIDTH = 10;
const CHART_HEIGHT = 80;

function Totals({ label, totals }: { label: string; totals: PeriodTotals }) {
  const t = useText();
  return (
    <div class="period">
      <h3>{label}</h3>
      <dl class="figures">
        <dt>{t(TEXT.sessions)}</dt>
        <dd>{totals.sessions}</dd>
        <dt>{t(TEXT.passes)}</dt>
        <dd>{totals.passes}</dd>
        {totals.failures.map(([category, count]) => (
          <>
            <dt key={`${category}-label`}>{t(OUTCOME_CATEGORY_TEXT[category])}</dt>
            <dd key={category} data-category={category}>
              {count}
            </dd>
          </>
        ))}
      </dl>
    </div>
  );
}

function Bar({ bar, index, scale }: { bar: DayBar; index: number; scale: number }) {
  let top = CHART_HEIGHT;
  const segment = (key: string, count: number) => {
    const height = count * scale;
    top -= height;
    return (
      <rect
        key={key}
        class={`bar-${key}`}
        x={index * BAR_WIDTH}
        y={top}
        width={BAR_WIDTH - 2}
        height={height}
      />
    );
  };
  return (
    <g data-day={bar.day}>
      {segment('passed', bar.passes)}
      {bar.failures.map(([category, count]) => segment(category, count))}
    </g>
  );
}

/** Figures for today, yesterday, 30 days, and the daily chart; read from the store, so they survive restarts. */
export function DailyFigures({ api, refreshKey }: { api: KioskApi; refreshKey: unknown }) {
  const t = useText();
  const [days, setDays] = useState<readonly TodayStats[] | null>(null);
  useEffect(() => {
    let live = true;
    void api['stats.days']({ days: DAYS }).then(
      (answer) => live && answer.ok && setDays(answer.value.days),
    );
    return () => {
      live = false;
    };
  }, [api, refreshKey]);
  if (!days) return null;
  const { today, yesterday, period } = periods(days);
  const bars = dayBars(days);
  const tallest = Math.max(
    1,
    ...bars.map((bar) => bar.passes + bar.failures.reduce((sum, [, n]) => sum + n, 0)),
  );
  return (
    <section class="panel" data-panel="daily-figures">
      <h2>{t(TEXT.figures)}</h2>
      <Totals label={t(TEXT.today)} totals={today} />
      <Totals label={t(TEXT.yesterday)} totals={yesterday} />
      <Totals label={t(TEXT.last30Days)} totals={period} />
      <svg
        class="daily-chart"
        role="img"
        aria-label={t(TEXT.chart)}
        viewBox={`0 0 ${DAYS * BAR_WIDTH} ${CHART_HEIGHT}`}
      >
        {bars.map((bar, index) => (
          <Bar key={bar.day} bar={bar} index={index} scale={CHART_HEIGHT / tallest} />
        ))}
      </svg>
      <ul class="chart-legend">
        {[['passed', period.passes] as const, ...period.failures].map(([category]) => (
          <li key={category} class={`legend-${category}`}>
            {t(OUTCOME_CATEGORY_TEXT[category])}
          </li>
        ))}
      </ul>
    </section>
  );
}
