// What the app imports once ("@payout-styles/ui-vanilla/global-styles"): the reset, the theme
// variables and the page defaults the Tailwind kit adds in its `@layer base`.
import "./reset.css";
import "./theme.css";
import { globalStyle } from "@vanilla-extract/css";
import { baseLayer } from "./layers.css";
import { focusRingRule } from "./style-rules";
import { vars } from "./theme.css";

globalStyle("body", {
  "@layer": {
    [baseLayer]: {
      backgroundColor: vars.color.canvas,
      fontFamily: vars.fontFamily.sans,
      color: vars.color.fg,
      WebkitFontSmoothing: "antialiased",
      MozOsxFontSmoothing: "grayscale",
    },
  },
});

// A visible focus ring for anything the components do not style themselves.
globalStyle(":focus-visible", { "@layer": { [baseLayer]: focusRingRule } });
