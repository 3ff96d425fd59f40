import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const unscheduled = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["2"],
  ...vars.text.sm,
});

export const none = style({
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});

export const reason = style({
  color: vars.color.fgMuted,
});

export const changeSchedule = style({
  alignSelf: "flex-start",
});
