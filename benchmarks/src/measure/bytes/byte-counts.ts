// What a first visit downloaded, counted by type as raw, gzip and brotli bytes. Inline <style>
// in the HTML counts as CSS (styled-components writes its server-rendered styles there), so the
// document's bytes are split into its markup and its styles before compressing each.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** What a route is made of; "prefetch" (RSC payloads Next fetches for the links in view, for the
 * next navigation) is counted apart and left out of the total. */
export const byteTypes = ["html", "js", "css", "fonts", "other"] as const;
export type ByteType = (typeof byteTypes)[number];
export const compressions = ["raw", "gzip", "brotli"] as const;
export type Compression = (typeof compressions)[number];

/** One response of the visit, as the browser received it (body decoded). */
export interface DownloadedResource {
  url: string;
  /** The browser's resource type: document, script, stylesheet, font, fetch, image… */
  resourceType: string;
  body: Buffer;
}

type Counts = Record<Compression, number> & { requests: number };
export type ByteCounts = Record<ByteType | "prefetch", Counts>;

// Each resource compressed on its own at the strongest standard settings (gzip -9, brotli 11),
// as bundle-size tools report them: a figure of the build, not of one server's settings.
function compressedSizes(body: Buffer): Record<Compression, number> {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

const inlineStyle = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

/** The document split into its markup and the text of its inline <style> elements. */
export function splitInlineStyles(html: string): { markup: string; styles: string } {
  const styles: string[] = [];
  const markup = html.replace(inlineStyle, (_element, open: string, css: string, close: string) => {
    styles.push(css);
    return open + close;
  });
  return { markup, styles: styles.join("\n") };
}

function typeOf(resource: DownloadedResource): ByteType | "prefetch" {
  switch (resource.resourceType) {
    case "fetch":
    case "xhr":
      return new URL(resource.url).searchParams.has("_rsc") ? "prefetch" : "other";
    case "document":
      return "html";
    case "script":
      return "js";
    case "stylesheet":
      return "css";
    case "font":
      return "fonts";
    default:
      return "other";
  }
}

function emptyCounts(): ByteCounts {
  return Object.fromEntries(
    [...byteTypes, "prefetch"].map((type) => [type, { raw: 0, gzip: 0, brotli: 0, requests: 0 }]),
  ) as ByteCounts;
}

function add(counts: ByteCounts, type: keyof ByteCounts, body: Buffer, request: boolean): void {
  if (body.length === 0 && !request) return;
  const sizes = compressedSizes(body);
  for (const compression of compressions) counts[type][compression] += sizes[compression];
  if (request) counts[type].requests += 1;
}

export function countBytes(resources: readonly DownloadedResource[]): ByteCounts {
  const counts = emptyCounts();
  for (const resource of resources) {
    const type = typeOf(resource);
    if (type !== "html") {
      add(counts, type, resource.body, true);
      continue;
    }
    const { markup, styles } = splitInlineStyles(resource.body.toString("utf8"));
    add(counts, "html", Buffer.from(markup), true);
    add(counts, "css", Buffer.from(styles), false);
  }
  return counts;
}

/** The route's own bytes: every type but the prefetches. */
export function totalOf(counts: ByteCounts, compression: Compression): number {
  return byteTypes.reduce((sum, type) => sum + counts[type][compression], 0);
}
