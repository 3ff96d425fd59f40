import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { assertBuilt, assertPortFree } from "./app-server";

describe("assertBuilt", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("an app without a build in the folder asked for is refused, with the command to build it", () => {
    dir = mkdtempSync(join(tmpdir(), "payout-app-"));
    expect(() => assertBuilt(dir, ".next-webpack")).toThrow(
      /no production build in \.next-webpack .*NEXT_DIST_DIR=\.next-webpack npx next build --webpack/,
    );
  });

  test("an app with a BUILD_ID there passes", () => {
    dir = mkdtempSync(join(tmpdir(), "payout-app-"));
    mkdirSync(join(dir, ".next"));
    writeFileSync(join(dir, ".next", "BUILD_ID"), "x");
    expect(() => assertBuilt(dir, ".next")).not.toThrow();
  });
});

describe("assertPortFree", () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  test("a port something listens on is refused, so a server left running is never measured", async () => {
    server = createServer();
    const port = await new Promise<number>((resolve) =>
      server?.listen(0, "127.0.0.1", () => {
        const address = server?.address();
        resolve(typeof address === "object" && address ? address.port : 0);
      }),
    );
    await expect(assertPortFree("127.0.0.1", port)).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is in use`,
    );
    server.close();
    server = undefined;
    await expect(assertPortFree("127.0.0.1", port)).resolves.toBeUndefined();
  });
});
