import { style } from "@vanilla-extract/css";
import { visuallyHiddenRule } from "./style-rules";

/** Hidden on screen, still read by screen readers (Tailwind's `sr-only`). */
export const visuallyHidden = style(visuallyHiddenRule);
