import { writeFileSync } from "node:fs";
import { tailwindThemeCss } from "./theme-css";
import { themeCssFile } from "./theme-css-file";

writeFileSync(themeCssFile, tailwindThemeCss());
