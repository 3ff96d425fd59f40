// Every story renders through two decorators: the toolbar's theme and density on <html>, and the
// toolbar's kit (or all three side by side). The kits' global styles are all on the page, as one
// build must have them; each is Tailwind's Preflight plus the tokens' variables, the same rules in
// three idioms, so one kit's reset does not change another kit's look.
//
// vanilla-extract's reset layer is imported first so that its layer is declared before
// Tailwind's: cascade layers rank by first declaration, and a later reset layer would otherwise
// outrank Tailwind's utilities.
import "@payout-styles/ui-vanilla/global-styles";
import "./preview.css";
import type { Preview } from "@storybook/react-vite";
import { withKits } from "../src/decorators/with-kits";
import { withPreferences } from "../src/decorators/with-preferences";
import { kitLabels } from "../src/kits/kits";

// The rule every screen of the dashboard passes in the end-to-end suite: WCAG 2.x A and AA.
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const preview: Preview = {
  decorators: [withKits, withPreferences],
  tags: ["autodocs"],
  globalTypes: {
    kit: {
      description: "The kit that renders the stories",
      toolbar: {
        title: "Kit",
        icon: "paintbrush",
        items: [
          ...Object.entries(kitLabels).map(([value, title]) => ({ value, title })),
          { value: "all", title: "All three, side by side" },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "data-theme on <html>",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light", icon: "sun" },
          { value: "dark", title: "Dark", icon: "moon" },
        ],
        dynamicTitle: true,
      },
    },
    density: {
      description: "data-density on <html>",
      toolbar: {
        title: "Density",
        icon: "component",
        items: [
          { value: "comfortable", title: "Comfortable" },
          { value: "compact", title: "Compact" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { kit: "tailwind", theme: "light", density: "comfortable" },
  parameters: {
    layout: "padded",
    controls: { expanded: true, sort: "requiredFirst" },
    a11y: { test: "error", options: { runOnly: { type: "tag", values: wcagTags } } },
    options: {
      storySort: { order: ["Introduction", "Foundations", "Components", "Screens"] },
    },
  },
};

export default preview;
