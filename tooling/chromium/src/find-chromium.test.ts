import { expect, test } from "vitest";
import { findChromium, noChromiumMessage } from "./find-chromium";

const nothingExists = () => false;

test("CHROME_PATH wins over every usual place", () => {
  const found = findChromium({
    env: { CHROME_PATH: "/opt/my-chrome/chrome" },
    exists: () => true,
    playwrightCacheDir: "/nowhere",
  });
  expect(found).toBe("/opt/my-chrome/chrome");
});

test("PLAYWRIGHT_CHROMIUM_EXECUTABLE is honoured when CHROME_PATH is unset", () => {
  const found = findChromium({
    env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE: "/opt/pw/chrome" },
    exists: (path) => path === "/opt/pw/chrome",
    playwrightCacheDir: "/nowhere",
  });
  expect(found).toBe("/opt/pw/chrome");
});

test("the first usual path that exists is chosen", () => {
  const found = findChromium({
    env: {},
    exists: (path) => path === "/usr/bin/google-chrome-stable" || path === "/snap/bin/chromium",
    playwrightCacheDir: "/nowhere",
  });
  expect(found).toBe("/usr/bin/google-chrome-stable");
});

test("an override that does not exist is refused with the install hint", () => {
  expect(() =>
    findChromium({ env: { CHROME_PATH: "/missing/chrome" }, exists: nothingExists }),
  ).toThrow(noChromiumMessage);
});

test("with no Chromium anywhere the error says how to install one", () => {
  expect(() =>
    findChromium({ env: {}, exists: nothingExists, playwrightCacheDir: "/nowhere" }),
  ).toThrow(
    "No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH",
  );
});
