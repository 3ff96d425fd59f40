// The kit's theme: the tokens' styled theme, whose colours and density sizes are CSS custom
// properties (switched by data-theme / data-density on <html>) and whose other leaves are raw
// values. Components import it directly rather than reading it from a ThemeProvider: React
// context does not exist in server components, and a CSS variable needs no context to change.
import { styledTheme } from "@payout-styles/tokens";

export { media } from "@payout-styles/tokens";
export const theme = styledTheme;
