import { fileURLToPath } from "node:url";

/** The committed output of `generate.ts`, exported as `@payout-styles/tokens/tailwind/theme.css`. */
export const themeCssFile = fileURLToPath(new URL("../../tailwind/theme.css", import.meta.url));
