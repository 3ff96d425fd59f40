"use client";
import type { BarChartProps, BarGroup } from "@payout-styles/ui-core";
// Hand-drawn SVG rather than a chart library: a grouped bar chart with a value axis is about a
// hundred lines, and a library would add more bundle than the whole kit. Bars are drawn in an
// SVG stretched to its box (preserveAspectRatio="none"); the axis labels are HTML beside it, so
// text keeps its size at every width instead of scaling with the drawing.
import {
  barSeriesValue,
  componentLabels,
  describeBarGroup,
  niceTicks,
  percentFromTop,
} from "@payout-styles/ui-core";
import { TooltipPrimitive } from "@payout-styles/ui-core/client";
import * as styles from "./bar-chart.css";
import { DataTable } from "./data-table";
import { ChevronRight } from "./icons";

// Drawing units: each group is 100 wide, the plot is 100 high (percent of its box).
const groupWidth = 100;
const groupPadding = 16;
const barGap = 3;

export function BarChart({ title, series, groups, formatValue, groupHeader }: BarChartProps) {
  const ticks = niceTicks(groups.flatMap((group) => series.map((s) => barSeriesValue(group, s))));
  const zeroY = percentFromTop(0, ticks);
  const barWidth =
    (groupWidth - 2 * groupPadding - barGap * (series.length - 1)) / Math.max(1, series.length);

  return (
    <figure aria-label={title} className={styles.figure}>
      <ul aria-label={componentLabels.chartLegend} className={styles.legend}>
        {series.map((s) => (
          <li key={s.id} className={styles.legendItem}>
            <span aria-hidden="true" className={styles.seriesSwatch[s.color]} />
            {s.label}
          </li>
        ))}
      </ul>

      <div className={styles.chart}>
        <div aria-hidden="true" className={styles.valueAxis}>
          {ticks.map((tick) => (
            <span key={tick} className={styles.tick}>
              {formatValue(tick)}
            </span>
          ))}
        </div>

        <div className={styles.plot}>
          <TooltipPrimitive.Provider delayDuration={0} skipDelayDuration={300}>
            <div className={styles.groups}>
              {groups.map((group) => (
                <TooltipPrimitive.Root key={group.id}>
                  <TooltipPrimitive.Trigger asChild>
                    <div
                      role="img"
                      // biome-ignore lint/a11y/noNoninteractiveTabindex: a group is read, and its tooltip shown, on focus
                      tabIndex={0}
                      aria-label={describeBarGroup(group, series, formatValue)}
                      className={styles.group}
                    />
                  </TooltipPrimitive.Trigger>
                  <TooltipPrimitive.Portal>
                    <TooltipPrimitive.Content
                      side="top"
                      sideOffset={8}
                      collisionPadding={8}
                      // The group's own label already reads every value; the tooltip adds its name only.
                      aria-label={group.label}
                      className={styles.tooltip}
                    >
                      <p className={styles.tooltipTitle}>{group.label}</p>
                      <dl className={styles.tooltipValues}>
                        {series.map((s) => (
                          <div key={s.id} className={styles.tooltipRow}>
                            <dt className={styles.tooltipTerm}>
                              <span aria-hidden="true" className={styles.seriesSwatch[s.color]} />
                              {s.label}
                            </dt>
                            <dd className={styles.tooltipValue}>
                              {formatValue(barSeriesValue(group, s))}
                            </dd>
                          </div>
                        ))}
                      </dl>
                    </TooltipPrimitive.Content>
                  </TooltipPrimitive.Portal>
                </TooltipPrimitive.Root>
              ))}
            </div>
          </TooltipPrimitive.Provider>

          <svg
            aria-hidden="true"
            viewBox={`0 0 ${Math.max(1, groups.length) * groupWidth} 100`}
            preserveAspectRatio="none"
            className={styles.drawing}
          >
            {ticks.map((tick) => {
              const y = percentFromTop(tick, ticks);
              return (
                <line
                  key={tick}
                  x1={0}
                  x2={groups.length * groupWidth}
                  y1={y}
                  y2={y}
                  vectorEffect="non-scaling-stroke"
                  className={styles.gridLine[tick === 0 ? "zero" : "other"]}
                />
              );
            })}
            {groups.map((group, groupIndex) =>
              series.map((s, seriesIndex) => {
                const valueY = percentFromTop(barSeriesValue(group, s), ticks);
                return (
                  <rect
                    key={`${group.id}-${s.id}`}
                    x={groupIndex * groupWidth + groupPadding + seriesIndex * (barWidth + barGap)}
                    y={Math.min(valueY, zeroY)}
                    width={barWidth}
                    height={Math.abs(zeroY - valueY)}
                    className={styles.seriesFill[s.color]}
                  />
                );
              }),
            )}
          </svg>
        </div>

        <div aria-hidden="true" className={styles.groupAxis}>
          {groups.map((group) => (
            <span key={group.id} className={styles.groupLabel}>
              {group.label}
            </span>
          ))}
        </div>
      </div>

      <details className={styles.tableToggle}>
        <summary className={styles.summary}>
          <ChevronRight className={styles.summaryChevron} />
          {componentLabels.chartAsTable}
        </summary>
        <div className={styles.table}>
          <DataTable
            caption={title}
            columns={[
              {
                id: "group",
                header: groupHeader,
                cell: (group: BarGroup) => group.label,
                rowHeader: true,
              },
              ...series.map((s) => ({
                id: s.id,
                header: s.label,
                numeric: true,
                cell: (group: BarGroup) => formatValue(barSeriesValue(group, s)),
              })),
            ]}
            rows={groups}
            rowKey={(group) => group.id}
          />
        </div>
      </details>
    </figure>
  );
}
