import { describe, expect, test } from "vitest";
import { packageOfSource } from "./styling-packages";
import { bytesFromPackages, sourceMapUrl } from "./styling-share";

describe("packageOfSource", () => {
  test("names the package of a pnpm path, scoped or not", () => {
    expect(
      packageOfSource(
        "turbopack:///[project]/node_modules/.pnpm/styled-components@6.6.0_x/node_modules/styled-components/dist/a.js",
      ),
    ).toBe("styled-components");
    expect(
      packageOfSource(
        "webpack://_N_E/node_modules/.pnpm/@emotion+memoize@0.9.0/node_modules/@emotion/memoize/dist/m.js",
      ),
    ).toBe("@emotion/memoize");
  });

  test("a workspace source belongs to no package", () => {
    expect(packageOfSource("turbopack:///[project]/packages/ui-core/src/kit.ts")).toBeUndefined();
  });
});

describe("sourceMapUrl", () => {
  test("resolves the last sourceMappingURL comment against the script", () => {
    expect(
      sourceMapUrl(
        "http://127.0.0.1:5001/_next/static/chunks/a.js",
        "x();\n//# sourceMappingURL=b.js.map\n",
      ),
    ).toBe("http://127.0.0.1:5001/_next/static/chunks/b.js.map");
  });

  test("no comment, or an inline map, gives none", () => {
    expect(sourceMapUrl("http://h/a.js", "x();")).toBeUndefined();
    expect(
      sourceMapUrl("http://h/a.js", "x();\n//# sourceMappingURL=data:application/json;base64,e30="),
    ).toBeUndefined();
  });
});

test("bytes are attributed to the packages their sources come from", async () => {
  // Two sources on one generated line: "AAAA" (6 bytes, styled-components), "BBBBBBBBBB" (10, app).
  const code = Buffer.from("AAAAAABBBBBBBBBB");
  const map = Buffer.from(
    JSON.stringify({
      version: 3,
      sources: [
        "webpack://_N_E/node_modules/.pnpm/styled-components@6/node_modules/styled-components/x.js",
        "webpack://_N_E/packages/ui-core/src/y.ts",
      ],
      names: [],
      mappings: "AAAA,MCAA",
    }),
  );
  expect(await bytesFromPackages(code, map, new Set(["styled-components"]))).toBe(6);
  expect(await bytesFromPackages(code, map, new Set(["tailwind-merge"]))).toBe(0);
});
