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
import { cva } from "class-variance-authority";
import { DataTable } from "./data-table";
import { ChevronRight } from "./icons";

const seriesFill = cva("", {
  variants: {
    color: { gross: "fill-chart-gross", fees: "fill-chart-fees", net: "fill-chart-net" },
  },
});

const seriesSwatch = cva("size-2.5 shrink-0 rounded-xs", {
  variants: {
    color: { gross: "bg-chart-gross", fees: "bg-chart-fees", net: "bg-chart-net" },
  },
});

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
    <figure aria-label={title} className="flex flex-col gap-4">
      <ul
        aria-label={componentLabels.chartLegend}
        className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted"
      >
        {series.map((s) => (
          <li key={s.id} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={seriesSwatch({ color: s.color })} />
            {s.label}
          </li>
        ))}
      </ul>

      <div className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2 pt-2">
        <div
          aria-hidden="true"
          className="flex h-48 flex-col-reverse justify-between text-right text-xs text-fg-muted tabular-nums sm:h-60"
        >
          {ticks.map((tick) => (
            <span key={tick} className="flex h-0 items-center justify-end">
              {formatValue(tick)}
            </span>
          ))}
        </div>

        <div className="relative h-48 sm:h-60">
          <TooltipPrimitive.Provider delayDuration={0} skipDelayDuration={300}>
            <div className="absolute inset-0 flex">
              {groups.map((group) => (
                <TooltipPrimitive.Root key={group.id}>
                  <TooltipPrimitive.Trigger asChild>
                    <div
                      role="img"
                      // biome-ignore lint/a11y/noNoninteractiveTabindex: a group is read, and its tooltip shown, on focus
                      tabIndex={0}
                      aria-label={describeBarGroup(group, series, formatValue)}
                      className="h-full flex-1 rounded-sm outline-focus-ring hover:bg-surface-hover focus-visible:outline-2 focus-visible:-outline-offset-2 data-[state=delayed-open]:bg-surface-hover data-[state=instant-open]:bg-surface-hover"
                    />
                  </TooltipPrimitive.Trigger>
                  <TooltipPrimitive.Portal>
                    <TooltipPrimitive.Content
                      side="top"
                      sideOffset={8}
                      collisionPadding={8}
                      // The group's own label already reads every value; the tooltip adds its name only.
                      aria-label={group.label}
                      className="z-(--z-index-tooltip) min-w-44 rounded-md border border-border bg-surface-raised p-3 text-xs shadow-lg"
                    >
                      <p className="mb-2 font-medium text-fg">{group.label}</p>
                      <dl className="grid grid-cols-[auto_auto] gap-x-4 gap-y-1">
                        {series.map((s) => (
                          <div key={s.id} className="contents">
                            <dt className="flex items-center gap-1.5 text-fg-muted">
                              <span
                                aria-hidden="true"
                                className={seriesSwatch({ color: s.color })}
                              />
                              {s.label}
                            </dt>
                            <dd className="text-right text-fg tabular-nums">
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
            className="pointer-events-none absolute inset-0 size-full overflow-visible"
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
                  className={tick === 0 ? "stroke-border-strong" : "stroke-border"}
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
                    className={seriesFill({ color: s.color })}
                  />
                );
              }),
            )}
          </svg>
        </div>

        <div aria-hidden="true" className="col-start-2 flex text-xs text-fg-muted">
          {groups.map((group) => (
            // Phones show every third label, centred over its group and free to overflow into
            // the hidden neighbours' room: twelve do not fit side by side.
            <span
              key={group.id}
              className="flex min-w-0 flex-1 justify-center whitespace-nowrap max-sm:not-nth-[3n+1]:invisible"
            >
              {group.label}
            </span>
          ))}
        </div>
      </div>

      <details className="group">
        <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded-xs text-sm font-medium text-link focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus-ring [&::-webkit-details-marker]:hidden">
          <ChevronRight className="transition-transform group-open:rotate-90 motion-reduce:transition-none" />
          {componentLabels.chartAsTable}
        </summary>
        <div className="mt-3">
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
