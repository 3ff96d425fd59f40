// The kits' screenshots, read from beside the results file and put into the page as data URIs, so
// the report is one file that opens offline. A screenshot that is not there is said to be missing,
// not left out silently.
import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { BenchResults } from "../../results/schema";
import type { ChartTarget } from "./chart";
import { html, type Markup } from "./markup";

type Screenshot = BenchResults["screenshots"][number];

const mediaTypes: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
};

function dataUri(resultsDir: string, file: string): string | undefined {
  const path = join(resultsDir, file);
  const type = mediaTypes[extname(file).toLowerCase()];
  if (!type || !existsSync(path)) return undefined;
  return `data:${type};base64,${readFileSync(path).toString("base64")}`;
}

function shot(resultsDir: string, screenshot: Screenshot | undefined, alt: string): Markup {
  const source = screenshot && dataUri(resultsDir, screenshot.file);
  if (!source) {
    return html`<div class="shot-missing">Screenshot missing${screenshot ? html`: <code>${screenshot.file}</code>` : ""}</div>`;
  }
  return html`<img src="${source}" alt="${alt}">`;
}

/** Per route, the targets side by side: a row in the light theme, a row in the dark. */
export function screenshotSection(
  results: BenchResults,
  resultsDir: string,
  targets: readonly ChartTarget[],
): Markup | undefined {
  if (results.screenshots.length === 0) return undefined;
  const shown = targets.filter((target) =>
    results.screenshots.some((screenshot) => screenshot.target === target.id),
  );
  const routes = results.routes.filter((route) =>
    results.screenshots.some((screenshot) => screenshot.route === route.id),
  );
  const themes = (["light", "dark"] as const).filter((theme) =>
    results.screenshots.some((screenshot) => screenshot.theme === theme),
  );
  const blocks = routes.map(
    (route) => html`<section class="shots-route">
      <h3>${route.label} <code>${route.path}</code></h3>
      ${themes.map(
        (theme) => html`<div class="shots" style="--columns: ${shown.length}">
          ${shown.map((target) => {
            const screenshot = results.screenshots.find(
              (candidate) =>
                candidate.route === route.id &&
                candidate.target === target.id &&
                candidate.theme === theme,
            );
            return html`<figure>${shot(resultsDir, screenshot, `${target.label}, ${route.label}, ${theme} theme`)}
              <figcaption><span class="swatch target-${target.id}"></span>${target.label} <span class="theme">${theme}</span></figcaption></figure>`;
          })}
        </div>`,
      )}
    </section>`,
  );
  return html`<section id="screenshots"><h2>Screenshots</h2>
    <p class="section-note">Each kit's app as the benchmark saw it, side by side. The parity suite holds them to the same pixels; differences here are worth a look.</p>
    ${blocks}</section>`;
}
