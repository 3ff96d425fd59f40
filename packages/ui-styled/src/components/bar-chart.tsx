"use client";
import type { BarChartProps, BarGroup, BarSeries } from "@payout-styles/ui-core";
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
import styled, { css } from "styled-components";
import { focusRing, onHover, tabularNums, textSize } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import { DataTable } from "./data-table";
import { ChevronRight } from "./icons";

type SeriesColor = BarSeries["color"];

// Drawing units: each group is 100 wide, the plot is 100 high (percent of its box).
const groupWidth = 100;
const groupPadding = 16;
const barGap = 3;

const Figure = styled.figure`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["4"]};
`;

const Legend = styled.ul`
  display: flex;
  flex-wrap: wrap;
  column-gap: ${theme.spacing["4"]};
  row-gap: ${theme.spacing["1"]};
  ${textSize("xs")}
  color: ${theme.color.fgMuted};
`;

const LegendItem = styled.li`
  display: flex;
  align-items: center;
  gap: ${theme.spacing["1.5"]};
`;

const Swatch = styled.span.attrs({ "aria-hidden": "true" })<{ $color: SeriesColor }>`
  width: ${theme.spacing["2.5"]};
  height: ${theme.spacing["2.5"]};
  flex-shrink: 0;
  border-radius: ${theme.radius.xs};
  background-color: ${({ $color }) => theme.color.chart[$color]};
`;

const Plot = styled.div`
  display: grid;
  grid-template-columns: auto minmax(0, 1fr);
  column-gap: ${theme.spacing["3"]};
  row-gap: ${theme.spacing["2"]};
  padding-top: ${theme.spacing["2"]};
`;

const plotHeight = css`
  height: 12rem;
  @media ${media.sm} {
    height: 15rem;
  }
`;

const ValueAxis = styled.div`
  display: flex;
  ${plotHeight}
  flex-direction: column-reverse;
  justify-content: space-between;
  text-align: right;
  ${textSize("xs")}
  color: ${theme.color.fgMuted};
  ${tabularNums}
`;

const Tick = styled.span`
  display: flex;
  height: 0;
  align-items: center;
  justify-content: flex-end;
`;

const Bars = styled.div`
  position: relative;
  ${plotHeight}
`;

const GroupTargets = styled.div`
  position: absolute;
  inset: 0;
  display: flex;
`;

const GroupTarget = styled.div`
  height: 100%;
  flex: 1;
  border-radius: ${theme.radius.sm};
  outline-color: ${theme.color.focusRing};
  ${onHover(css`
    background-color: ${theme.color.surfaceHover};
  `)}
  ${focusRing}
  &:focus-visible {
    outline-offset: -2px;
  }
  &[data-state="delayed-open"],
  &[data-state="instant-open"] {
    background-color: ${theme.color.surfaceHover};
  }
`;

const GroupTooltip = styled(TooltipPrimitive.Content)`
  z-index: ${theme.zIndex.tooltip};
  min-width: 11rem;
  border-radius: ${theme.radius.md};
  border: 1px solid ${theme.color.border};
  background-color: ${theme.color.surfaceRaised};
  padding: ${theme.spacing["3"]};
  ${textSize("xs")}
  box-shadow: ${theme.shadow.lg};
`;

const GroupTooltipTitle = styled.p`
  margin-bottom: ${theme.spacing["2"]};
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
`;

const GroupValues = styled.dl`
  display: grid;
  grid-template-columns: auto auto;
  column-gap: ${theme.spacing["4"]};
  row-gap: ${theme.spacing["1"]};
`;

const GroupValue = styled.div`
  display: contents;
`;

const SeriesName = styled.dt`
  display: flex;
  align-items: center;
  gap: ${theme.spacing["1.5"]};
  color: ${theme.color.fgMuted};
`;

const SeriesAmount = styled.dd`
  text-align: right;
  color: ${theme.color.fg};
  ${tabularNums}
`;

const Drawing = styled.svg`
  pointer-events: none;
  position: absolute;
  inset: 0;
  width: 100%;
  height: 100%;
  overflow: visible;
`;

const GridLine = styled.line<{ $zero: boolean }>`
  stroke: ${({ $zero }) => ($zero ? theme.color.borderStrong : theme.color.border)};
`;

const Bar = styled.rect<{ $color: SeriesColor }>`
  fill: ${({ $color }) => theme.color.chart[$color]};
`;

const GroupAxis = styled.div`
  grid-column-start: 2;
  display: flex;
  ${textSize("xs")}
  color: ${theme.color.fgMuted};
`;

// Phones show every third label, centred over its group and free to overflow into the hidden
// neighbours' room: twelve do not fit side by side.
const GroupLabel = styled.span`
  display: flex;
  min-width: 0;
  flex: 1;
  justify-content: center;
  white-space: nowrap;
  @media (width < ${theme.breakpoint.sm}) {
    &:not(:nth-child(3n + 1)) {
      visibility: hidden;
    }
  }
`;

const TableDisclosure = styled.details``;

const DisclosureSummary = styled.summary`
  display: inline-flex;
  cursor: pointer;
  list-style-type: none;
  align-items: center;
  gap: ${theme.spacing["1"]};
  border-radius: ${theme.radius.xs};
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.link};
  ${focusRing}
  &::-webkit-details-marker {
    display: none;
  }
`;

const DisclosureChevron = styled(ChevronRight)`
  transition-property: transform, translate, scale, rotate;
  transition-timing-function: ${theme.ease.standard};
  transition-duration: ${theme.duration.normal};
  ${TableDisclosure}[open] & {
    rotate: 90deg;
  }
  @media (prefers-reduced-motion: reduce) {
    transition-property: none;
  }
`;

const TableSlot = styled.div`
  margin-top: ${theme.spacing["3"]};
`;

export function BarChart({ title, series, groups, formatValue, groupHeader }: BarChartProps) {
  const ticks = niceTicks(groups.flatMap((group) => series.map((s) => barSeriesValue(group, s))));
  const zeroY = percentFromTop(0, ticks);
  const barWidth =
    (groupWidth - 2 * groupPadding - barGap * (series.length - 1)) / Math.max(1, series.length);

  return (
    <Figure aria-label={title}>
      <Legend aria-label={componentLabels.chartLegend}>
        {series.map((s) => (
          <LegendItem key={s.id}>
            <Swatch $color={s.color} />
            {s.label}
          </LegendItem>
        ))}
      </Legend>

      <Plot>
        <ValueAxis aria-hidden="true">
          {ticks.map((tick) => (
            <Tick key={tick}>{formatValue(tick)}</Tick>
          ))}
        </ValueAxis>

        <Bars>
          <TooltipPrimitive.Provider delayDuration={0} skipDelayDuration={300}>
            <GroupTargets>
              {groups.map((group) => (
                <TooltipPrimitive.Root key={group.id}>
                  <TooltipPrimitive.Trigger asChild>
                    <GroupTarget
                      role="img"
                      // A group is read, and its tooltip shown, on focus.
                      tabIndex={0}
                      aria-label={describeBarGroup(group, series, formatValue)}
                    />
                  </TooltipPrimitive.Trigger>
                  <TooltipPrimitive.Portal>
                    <GroupTooltip
                      side="top"
                      sideOffset={8}
                      collisionPadding={8}
                      // The group's own label already reads every value; the tooltip adds its name only.
                      aria-label={group.label}
                    >
                      <GroupTooltipTitle>{group.label}</GroupTooltipTitle>
                      <GroupValues>
                        {series.map((s) => (
                          <GroupValue key={s.id}>
                            <SeriesName>
                              <Swatch $color={s.color} />
                              {s.label}
                            </SeriesName>
                            <SeriesAmount>{formatValue(barSeriesValue(group, s))}</SeriesAmount>
                          </GroupValue>
                        ))}
                      </GroupValues>
                    </GroupTooltip>
                  </TooltipPrimitive.Portal>
                </TooltipPrimitive.Root>
              ))}
            </GroupTargets>
          </TooltipPrimitive.Provider>

          <Drawing
            aria-hidden="true"
            viewBox={`0 0 ${Math.max(1, groups.length) * groupWidth} 100`}
            preserveAspectRatio="none"
          >
            {ticks.map((tick) => {
              const y = percentFromTop(tick, ticks);
              return (
                <GridLine
                  key={tick}
                  x1={0}
                  x2={groups.length * groupWidth}
                  y1={y}
                  y2={y}
                  vectorEffect="non-scaling-stroke"
                  $zero={tick === 0}
                />
              );
            })}
            {groups.map((group, groupIndex) =>
              series.map((s, seriesIndex) => {
                const valueY = percentFromTop(barSeriesValue(group, s), ticks);
                return (
                  <Bar
                    key={`${group.id}-${s.id}`}
                    x={groupIndex * groupWidth + groupPadding + seriesIndex * (barWidth + barGap)}
                    y={Math.min(valueY, zeroY)}
                    width={barWidth}
                    height={Math.abs(zeroY - valueY)}
                    $color={s.color}
                  />
                );
              }),
            )}
          </Drawing>
        </Bars>

        <GroupAxis aria-hidden="true">
          {groups.map((group) => (
            <GroupLabel key={group.id}>{group.label}</GroupLabel>
          ))}
        </GroupAxis>
      </Plot>

      <TableDisclosure>
        <DisclosureSummary>
          <DisclosureChevron />
          {componentLabels.chartAsTable}
        </DisclosureSummary>
        <TableSlot>
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
        </TableSlot>
      </TableDisclosure>
    </Figure>
  );
}
