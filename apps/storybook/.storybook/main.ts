// One Storybook, every kit: each kit's styling is wired the way its own app wires it, in one
// Vite build. Tailwind compiles the kit's stylesheet with its Vite plugin (the app uses the
// PostCSS plugin; both run the same compiler), vanilla-extract compiles the kit's .css.ts files
// with its Vite plugin (the app uses the Next plugin), and styled-components needs no plugin
// here (see README: what the app's SWC transform does is for server rendering).

import type { StorybookConfig } from "@storybook/react-vite";
import tailwindcss from "@tailwindcss/vite";
import { vanillaExtractPlugin } from "@vanilla-extract/vite-plugin";

const config: StorybookConfig = {
  framework: "@storybook/react-vite",
  stories: ["../src/**/*.mdx", "../src/**/*.stories.tsx"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y"],
  core: { disableTelemetry: true },
  typescript: {
    // The props live in ui-core's interfaces, imported into the contract's components: only the
    // TypeScript compiler follows them there (react-docgen reads one file at a time).
    reactDocgen: "react-docgen-typescript",
    reactDocgenTypescriptOptions: {
      include: ["src/contract/*.tsx"],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // A DOM attribute inherited from React's types is not the contract's; keep the contract's own.
      propFilter: (prop) => !prop.parent?.fileName.includes("node_modules"),
    },
  },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), tailwindcss(), vanillaExtractPlugin()],
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // Imported by the compiled recipes only, so Vite's scan misses it and the first visit of the
      // dev server would reload once it is found.
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        "@payout-styles/ui-vanilla > @vanilla-extract/recipes/createRuntimeFn",
      ],
    },
  }),
};

export default config;
