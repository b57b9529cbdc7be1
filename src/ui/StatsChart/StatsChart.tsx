import type { DayTotals } from '../../stats/stats';

export interface Props {
  days: readonly DayTotals[];
  /** Pixels; the bars share it. */
  width?: number;
  height?: number;
}

/** Findings shown per day as bars, the part fixed drawn inside each: a picture of the last days, in SVG. */
export function StatsChart({ days, width = 280, height = 64 }: Props) {
  const most = Math.max(1, ...days.map((day) => day.shown));
  const slot = width / Math.max(1, days.length);
  const total = days.reduce((sum, day) => sum + day.shown, 0);
  const fixed = days.reduce((sum, day) => sum + day.applied, 0);
  return (
    <figure class="stats-chart" data-testid="stats-chart" data-shown={total} data-applied={fixed}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${total} findings shown and ${fixed} fixed in the last ${days.length} days`}>
        {days.map((day, index) => {
          const shown = (day.shown / most) * (height - 2);
          const applied = (Math.min(day.applied, day.shown) / most) * (height - 2);
          return (
            <g key={day.day}>
              <title>{`${day.day}: ${day.shown} shown, ${day.applied} fixed, ${day.ignored} ignored`}</title>
              <rect class="bar-shown" x={index * slot + 1} y={height - shown} width={Math.max(1, slot - 2)} height={shown} />
              <rect class="bar-applied" x={index * slot + 1} y={height - applied} width={Math.max(1, slot - 2)} height={applied} />
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="legend-shown">■</span> shown <span class="legend-applied">■</span> fixed · last {days.length} days
      </figcaption>
    </figure>
  );
}
