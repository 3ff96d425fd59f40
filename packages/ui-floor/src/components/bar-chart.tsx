"use client";
import type { BarChartProps, BarGroup } from "@payout-styles/ui-core";
// The bars' geometry is data and stays (SVG attributes, as in the other kits); their colours, the
// gridlines' strokes and the box the drawing stretches to are looks, left to the browser's defaults.
import {
  barSeriesValue,
  componentLabels,
  describeBarGroup,
  niceTicks,
  percentFromTop,
} from "@payout-styles/ui-core";
import { TooltipPrimitive } from "@payout-styles/ui-core/client";
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
    <figure aria-label={title}>
      <ul aria-label={componentLabels.chartLegend}>
        {series.map((s) => (
          <li key={s.id}>
            <span aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>

      <div>
        <div aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick}>{formatValue(tick)}</span>
          ))}
        </div>

        <div>
          <TooltipPrimitive.Provider delayDuration={0} skipDelayDuration={300}>
            <div>
              {groups.map((group) => (
                <TooltipPrimitive.Root key={group.id}>
                  <TooltipPrimitive.Trigger asChild>
                    <div
                      role="img"
                      // biome-ignore lint/a11y/noNoninteractiveTabindex: a group is read, and its tooltip shown, on focus
                      tabIndex={0}
                      aria-label={describeBarGroup(group, series, formatValue)}
                    />
                  </TooltipPrimitive.Trigger>
                  <TooltipPrimitive.Portal>
                    <TooltipPrimitive.Content
                      side="top"
                      sideOffset={8}
                      collisionPadding={8}
                      // The group's own label already reads every value; the tooltip adds its name only.
                      aria-label={group.label}
                    >
                      <p>{group.label}</p>
                      <dl>
                        {series.map((s) => (
                          <div key={s.id}>
                            <dt>
                              <span aria-hidden="true" />
                              {s.label}
                            </dt>
                            <dd>{formatValue(barSeriesValue(group, s))}</dd>
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
                  />
                );
              }),
            )}
          </svg>
        </div>

        <div aria-hidden="true">
          {groups.map((group) => (
            <span key={group.id}>{group.label}</span>
          ))}
        </div>
      </div>

      <details>
        <summary>
          <ChevronRight />
          {componentLabels.chartAsTable}
        </summary>
        <div>
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
