// Tailwind CSS v4.3.5's Preflight (tailwindcss/preflight.css, MIT licence, © Tailwind Labs,
// Inc.), translated rule for rule so this kit starts from the same page as the Tailwind kit.
// Like Tailwind, it sits in a cascade layer: every component class, whatever its specificity,
// wins over it. Selector lists holding a vendor pseudo-element are split, as Tailwind's build
// splits them: one selector a browser does not know would drop the whole rule.
import { type GlobalStyleRule, globalStyle } from "@vanilla-extract/css";
import { baseLayer } from "./layers.css";
import { vars } from "./theme.css";

function reset(selector: string, rule: GlobalStyleRule) {
  globalStyle(selector, { "@layer": { [baseLayer]: rule } });
}

// Padding and border do not change an element's width; no default margins, padding or borders.
const boxReset = { boxSizing: "border-box", margin: 0, padding: 0, border: "0 solid" } as const;
reset("*, ::after, ::before, ::backdrop", boxReset);
reset("::file-selector-button", boxReset);

reset("html, :host", {
  lineHeight: 1.5,
  WebkitTextSizeAdjust: "100%",
  tabSize: 4,
  fontFamily: vars.fontFamily.sans,
  fontFeatureSettings: "normal",
  fontVariationSettings: "normal",
  WebkitTapHighlightColor: "transparent",
});

reset("hr", { height: 0, color: "inherit", borderTopWidth: 1 });

reset("abbr:where([title])", { textDecoration: "underline dotted" });

reset("h1, h2, h3, h4, h5, h6", { fontSize: "inherit", fontWeight: "inherit" });

reset("a", { color: "inherit", textDecoration: "inherit" });

reset("b, strong", { fontWeight: "bolder" });

reset("code, kbd, samp, pre", {
  fontFamily: vars.fontFamily.mono,
  fontFeatureSettings: "normal",
  fontVariationSettings: "normal",
  fontSize: "1em",
});

reset("small", { fontSize: "80%" });

reset("sub, sup", {
  fontSize: "75%",
  lineHeight: 0,
  position: "relative",
  verticalAlign: "baseline",
});
reset("sub", { bottom: "-0.25em" });
reset("sup", { top: "-0.5em" });

// No text indent in tables, inherited border colour, no gaps between borders.
reset("table", { textIndent: 0, borderColor: "inherit", borderCollapse: "collapse" });

reset(":-moz-focusring:where(:not(iframe))", { outline: "auto" });

reset("progress", { verticalAlign: "baseline" });

reset("summary", { display: "list-item" });

reset("ol, ul, menu", { listStyle: "none" });

// Replaced elements are blocks, aligned to the middle when made inline.
reset("img, svg, video, canvas, audio, iframe, embed, object", {
  display: "block",
  verticalAlign: "middle",
});

reset("img, video", { maxWidth: "100%", height: "auto" });

// Form controls inherit the text styles and lose their radius and background.
const controlReset = {
  font: "inherit",
  fontFeatureSettings: "inherit",
  fontVariationSettings: "inherit",
  letterSpacing: "inherit",
  color: "inherit",
  borderRadius: 0,
  backgroundColor: "transparent",
  opacity: 1,
} as const;
reset("button, input, select, optgroup, textarea", controlReset);
reset("::file-selector-button", controlReset);

reset(":where(select:is([multiple], [size])) optgroup", { fontWeight: "bolder" });
reset(":where(select:is([multiple], [size])) optgroup option", { paddingInlineStart: 20 });

reset("::file-selector-button", { marginInlineEnd: 4 });

reset("::placeholder", {
  opacity: 1,
  // Half the text colour, in browsers where color-mix() with currentcolor does not crash
  // (everything but Safari before 17).
  "@supports": {
    "(not (-webkit-appearance: -apple-pay-button)) or (contain-intrinsic-size: 1px)": {
      color: "color-mix(in oklab, currentcolor 50%, transparent)",
    },
  },
});

reset("textarea", { resize: "vertical" });

reset("::-webkit-search-decoration", { WebkitAppearance: "none" });

// Date inputs keep their height when empty and can be aligned (iOS and macOS Safari).
reset("::-webkit-date-and-time-value", { minHeight: "1lh", textAlign: "inherit" });
reset("::-webkit-datetime-edit", { display: "inline-flex" });
reset("::-webkit-datetime-edit-fields-wrapper", { padding: 0 });
for (const field of [
  "",
  "-year-field",
  "-month-field",
  "-day-field",
  "-hour-field",
  "-minute-field",
  "-second-field",
  "-millisecond-field",
  "-meridiem-field",
]) {
  reset(`::-webkit-datetime-edit${field}`, { paddingBlock: 0 });
}

reset("::-webkit-calendar-picker-indicator", { lineHeight: 1 });

reset(":-moz-ui-invalid", { boxShadow: "none" });

// Lets iOS Safari round buttons.
reset("button, input:where([type='button'], [type='reset'], [type='submit'])", {
  appearance: "button",
});
reset("::file-selector-button", { appearance: "button" });

reset("::-webkit-inner-spin-button", { height: "auto" });
reset("::-webkit-outer-spin-button", { height: "auto" });

reset("[hidden]:where(:not([hidden='until-found']))", { display: "none !important" });
