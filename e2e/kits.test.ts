import { expect, test } from "@playwright/test";
import { kits, selectedKits } from "./kits";

test("every kit is served on its own port, 1000 above the one npm start uses", () => {
  const ports = kits.map((kit) => kit.port);
  expect(new Set(ports).size).toBe(kits.length);
  for (const kit of kits) expect(kit.baseURL).toBe(`http://127.0.0.1:${kit.port}`);
});

test("E2E_KITS chooses the kits by name, in its order", () => {
  expect(selectedKits({ E2E_KITS: "styled, tailwind" }).map((kit) => kit.name)).toEqual([
    "styled",
    "tailwind",
  ]);
});

test("E2E_KITS=none serves no kit", () => {
  expect(selectedKits({ E2E_KITS: "none" })).toEqual([]);
});

test("an unknown kit name is refused with the known names", () => {
  expect(() => selectedKits({ E2E_KITS: "bootstrap" })).toThrow(
    /Unknown kit "bootstrap"; known: tailwind/,
  );
});
