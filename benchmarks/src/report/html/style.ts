// The report's one style sheet, inline so the file opens offline: a light, quiet page in the
// system font, figures in tabular numerals, each kit in one colour everywhere (swatch, chart dot),
// and a print layout that keeps a chart or a table row on one page.
const kitColours = {
  tailwind: "#0e7490",
  vanilla: "#7c3aed",
  styled: "#c2410c",
  floor: "#6b7280",
} as const;

export const styleSheet = `
:root {
  --ink: #1f2328; --muted: #59636e; --faint: #818b98; --rule: #d1d9e0; --wash: #f6f8fa;
  --accent: #0969da; --warn-ink: #7d4e00; --warn-wash: #fff8c5; --warn-rule: #d4a72c;
  --fail: #cf222e; --pass: #1a7f37;
  ${Object.entries(kitColours)
    .map(([id, colour]) => `--${id}: ${colour};`)
    .join(" ")}
  color-scheme: light;
}
* { box-sizing: border-box; }
html { background: #fff; }
body {
  margin: 0 auto; max-width: 1120px; padding: 40px 48px 64px;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink);
}
h1 { font-size: 30px; line-height: 1.2; margin: 4px 0 12px; letter-spacing: -0.01em; }
h2 { font-size: 22px; margin: 0 0 8px; padding-top: 8px; }
h3 { font-size: 16px; margin: 24px 0 8px; }
section { margin-top: 40px; }
section > section { margin-top: 0; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; color: var(--muted); margin: 0; }
.run { color: var(--muted); margin: 0; }
.section-note, .note { color: var(--muted); font-size: 13px; }
.alert {
  border: 1px solid var(--warn-rule); background: var(--warn-wash); color: var(--warn-ink);
  border-radius: 6px; padding: 10px 14px; margin: 16px 0 0;
}
.alert p { margin: 0; }
.glance { margin: 28px 0 0; padding: 18px 22px; background: var(--wash); border-radius: 8px; }
.glance h2 { font-size: 15px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin-bottom: 8px; padding: 0; }
.glance dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; }
.glance dt { font-weight: 600; }
.glance dt a { color: inherit; text-decoration: none; }
.glance dt a:hover { text-decoration: underline; }
.glance dd { margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 20px; font-size: 13px; color: var(--muted); margin: 16px 0 0; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; vertical-align: baseline; }
.swatch.floor-line { border-radius: 0; width: 16px; height: 0; border-top: 2px dashed var(--floor); vertical-align: middle; }
.target-tailwind { --kit: var(--tailwind); } .target-vanilla { --kit: var(--vanilla); }
.target-styled { --kit: var(--styled); } .target-floor { --kit: var(--floor); }
.swatch[class*="target-"] { background: var(--kit); }
.verdict { font-size: 16px; margin: 4px 0 16px; padding-left: 14px; border-left: 3px solid var(--accent); max-width: 80ch; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 8px 32px; margin: 8px 0 16px; }
.charts figure { margin: 0; break-inside: avoid; }
.charts figcaption { font-weight: 600; font-size: 14px; margin: 8px 0 2px; }
svg.chart { display: block; max-width: 100%; height: auto; overflow: visible; font-size: 11px; }
svg.chart text { fill: var(--ink); }
svg.chart .panel-title { font-weight: 600; font-size: 12px; }
svg.chart .kit { fill: var(--muted); }
svg.chart .tick { fill: var(--faint); text-anchor: middle; font-size: 10px; }
svg.chart .grid { stroke: #eaeef2; }
svg.chart .value { text-anchor: end; font-variant-numeric: tabular-nums; }
svg.chart .value.best { font-weight: 700; }
svg.chart .value.missing { fill: var(--faint); font-style: italic; }
svg.chart circle { fill: var(--kit); stroke: var(--kit); stroke-width: 1.5; }
svg.chart .not-ranked circle { fill: #fff; }
svg.chart .whisker { stroke: var(--kit); stroke-width: 1.5; }
svg.chart .floor { stroke: var(--floor); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg.chart .floor-label { fill: var(--floor); text-anchor: middle; font-size: 10px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { font-size: 12.5px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--rule); white-space: nowrap; }
table.figures td { text-align: right; }
table.figures .median, table.figures .spread { white-space: nowrap; }
table.figures thead th:not(:first-child) { text-align: right; }
table.figures tbody th { font-weight: 500; }
table.figures tr.group th { background: var(--wash); font-weight: 600; color: var(--ink); padding-top: 8px; }
table.figures .median { font-weight: 500; }
table.figures td.best .median { font-weight: 700; }
table.figures .spread, table.figures .relative, table.figures .note { color: var(--muted); }
table.figures .relative, table.figures .note { display: block; font-size: 12px; }
table.figures td.not-ranked .median { color: var(--muted); }
table.figures .none { color: var(--faint); }
abbr.mark { text-decoration: none; cursor: help; color: var(--warn-ink); font-weight: 700; }
.direction { color: var(--muted); }
details { margin: 12px 0; }
details > summary { cursor: pointer; color: var(--accent); font-size: 14px; }
details[open] > summary { margin-bottom: 8px; }
.plain-table { margin: 20px 0; }
.plain-table figcaption { font-weight: 600; margin-bottom: 6px; }
.shots-route h3 code { color: var(--muted); font-weight: 400; margin-left: 6px; }
.shots { display: grid; grid-template-columns: repeat(var(--columns), minmax(0, 1fr)); gap: 14px; margin-bottom: 14px; }
.shots figure { margin: 0; break-inside: avoid; }
.shots img { display: block; width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 6px; }
.shots figcaption { font-size: 13px; margin-top: 4px; }
.shots .theme { color: var(--faint); margin-left: 4px; }
.shot-missing { border: 1px dashed var(--rule); border-radius: 6px; padding: 36px 12px; text-align: center; color: var(--faint); font-size: 13px; }
.method li { margin: 2px 0; max-width: 90ch; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 24px; align-content: start; margin: 0; font-size: 14px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 32px; }
.passed { color: var(--pass); font-weight: 600; }
.failed { color: var(--fail); font-weight: 600; }
footer { margin-top: 48px; color: var(--faint); font-size: 12px; border-top: 1px solid var(--rule); padding-top: 12px; }
@media (max-width: 760px) { body { padding: 24px 16px; } .columns { grid-template-columns: 1fr; } .charts { grid-template-columns: 1fr; } }
@media print {
  @page { margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  table { font-size: 8.5pt; }
  th, td { padding: 4px 6px; }
  thead th { white-space: normal; }
  section { break-inside: auto; }
  h2, h3 { break-after: avoid; }
  tr, figure, .verdict { break-inside: avoid; }
  .charts { grid-template-columns: 1fr 1fr; }
}
`;
