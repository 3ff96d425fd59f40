import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { countBytes, type DownloadedResource, splitInlineStyles, totalOf } from "./byte-counts";

const resource = (resourceType: string, text: string): DownloadedResource => ({
  url: `http://127.0.0.1/${resourceType}`,
  resourceType,
  body: Buffer.from(text),
});

describe("splitInlineStyles", () => {
  test("moves the text of every inline <style> out of the markup, keeping the elements", () => {
    const html =
      '<html><head><style data-styled="active">.a{color:red}</style></head>' +
      "<body><style>.b{margin:0}</style><p>hi</p></body></html>";
    const { markup, styles } = splitInlineStyles(html);
    expect(markup).toBe(
      '<html><head><style data-styled="active"></style></head><body><style></style><p>hi</p></body></html>',
    );
    expect(styles).toBe(".a{color:red}\n.b{margin:0}");
  });

  test("a document without styles is all markup", () => {
    expect(splitInlineStyles("<p>plain</p>")).toEqual({ markup: "<p>plain</p>", styles: "" });
  });
});

describe("countBytes", () => {
  const css = ".x{display:flex}".repeat(20);
  const resources = [
    resource("document", `<html><head><style>${css}</style></head><body>ok</body></html>`),
    resource("script", "console.log(1);".repeat(50)),
    resource("script", "let a=2;"),
    resource("stylesheet", ".y{color:blue}"),
    resource("fetch", "0:{}"),
    { url: "http://127.0.0.1/payouts?_rsc=abc", resourceType: "fetch", body: Buffer.from("1:[]") },
  ];
  const counts = countBytes(resources);

  test("inline styles count as CSS, not HTML, and the document stays one HTML request", () => {
    expect(counts.html.raw).toBe("<html><head><style></style></head><body>ok</body></html>".length);
    expect(counts.html.requests).toBe(1);
    expect(counts.css.raw).toBe(css.length + ".y{color:blue}".length);
    expect(counts.css.requests).toBe(1);
  });

  test("each type adds up its resources, raw and compressed", () => {
    expect(counts.js.requests).toBe(2);
    expect(counts.js.raw).toBe("console.log(1);".length * 50 + "let a=2;".length);
    const expectedGzip =
      gzipSync(Buffer.from("console.log(1);".repeat(50)), { level: 9 }).length +
      gzipSync(Buffer.from("let a=2;"), { level: 9 }).length;
    expect(counts.js.gzip).toBe(expectedGzip);
    expect(counts.js.brotli).toBeLessThan(counts.js.raw);
    expect(counts.other).toMatchObject({ raw: 4, requests: 1 });
    expect(counts.fonts).toEqual({ raw: 0, gzip: 0, brotli: 0, requests: 0 });
  });

  test("RSC payloads fetched for the next navigation are prefetches, apart from the route", () => {
    expect(counts.prefetch).toMatchObject({ raw: 4, requests: 1 });
  });

  test("the total is the sum of the types, prefetches aside", () => {
    expect(totalOf(counts, "raw")).toBe(
      counts.html.raw + counts.js.raw + counts.css.raw + counts.other.raw,
    );
  });
});
