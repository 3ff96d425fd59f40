// Where a kit's screenshot of a screen is kept: the visual parity check compares the same name
// across kits, so every writer and reader of screenshots names them here.
import { join } from "node:path";

export const screenshotWidths = [1280, 375] as const;
export type ScreenshotWidth = (typeof screenshotWidths)[number];

export const screenshotsDir = join(import.meta.dirname, "..", ".screenshots");

export function screenshotFileName(screen: string, theme: string, width: number): string {
  return `${screen}-${theme}-${width}.png`;
}

/** e2e/.screenshots/<kit>/<screen>-<theme>-<width>.png */
export function screenshotPath(kit: string, screen: string, theme: string, width: number): string {
  return join(screenshotsDir, kit, screenshotFileName(screen, theme, width));
}
