import { media } from "@payout-styles/tokens";
import { style, styleVariants } from "@vanilla-extract/css";
import { spaceY } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import { toneColors } from "./tone";

const { neutral: _neutral, ...messageTones } = toneColors;

const root = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["3"],
  borderRadius: vars.radius.lg,
  border: "1px solid",
  padding: vars.spacing["4"],
  color: vars.color.fg,
  "@media": { [media.sm]: { flexDirection: "row", alignItems: "flex-start" } },
});

export const banner = styleVariants(messageTones, ({ fg, bg }) => [
  root,
  { borderColor: `color-mix(in oklab, ${fg} 30%, transparent)`, backgroundColor: bg },
]);

export const icon = styleVariants(messageTones, ({ fg }) => ({
  marginTop: vars.spacing["0.5"],
  width: vars.spacing["5"],
  height: vars.spacing["5"],
  color: fg,
}));

export const body = style({ display: "flex", minWidth: 0, flex: "1 1 0%", gap: vars.spacing["3"] });

export const text = style({ minWidth: 0 });
spaceY(text, vars.spacing["1"]);

export const title = style({
  ...vars.text.sm,
  fontWeight: vars.fontWeight.semibold,
  color: vars.color.fg,
});

export const message = style({ ...vars.text.sm, color: vars.color.fg });

export const actions = style({
  display: "flex",
  flexShrink: 0,
  alignItems: "center",
  gap: vars.spacing["2"],
  paddingInlineStart: vars.spacing["8"],
  "@media": { [media.sm]: { paddingInlineStart: 0 } },
});
