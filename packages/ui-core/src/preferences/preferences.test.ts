import { describe, expect, it } from "vitest";
import { preferenceScript, preferenceStorageKeys } from "./preferences";

interface FakePage {
  stored?: Record<string, string>;
  storageThrows?: boolean;
  systemDark?: boolean;
}

// Runs the inline script as the browser would, against a fake window and document.
function runScript({ stored = {}, storageThrows = false, systemDark = false }: FakePage) {
  const attributes: Record<string, string> = {};
  const style = { colorScheme: "" };
  const documentElement = {
    setAttribute: (name: string, value: string) => {
      attributes[name] = value;
    },
    style,
  };
  const document = { documentElement };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error("SecurityError");
      return stored[key] ?? null;
    },
  };
  const window = {
    document,
    localStorage,
    matchMedia: (query: string) => ({
      matches: query === "(prefers-color-scheme: dark)" && systemDark,
    }),
  };
  new Function("window", "document", "localStorage", preferenceScript)(
    window,
    document,
    localStorage,
  );
  return { theme: attributes["data-theme"], density: attributes["data-density"], style };
}

describe("preferenceScript", () => {
  it("applies the stored theme and density", () => {
    const page = runScript({
      stored: { [preferenceStorageKeys.theme]: "dark", [preferenceStorageKeys.density]: "compact" },
    });
    expect(page).toEqual({ theme: "dark", density: "compact", style: { colorScheme: "dark" } });
  });

  it("applies a stored light theme even when the system is dark", () => {
    const page = runScript({
      stored: { [preferenceStorageKeys.theme]: "light" },
      systemDark: true,
    });
    expect(page.theme).toBe("light");
    expect(page.style.colorScheme).toBe("light");
  });

  it("follows the system colour scheme by default", () => {
    expect(runScript({ systemDark: true })).toEqual({
      theme: "dark",
      density: "comfortable",
      style: { colorScheme: "dark" },
    });
    expect(runScript({ systemDark: false }).theme).toBe("light");
  });

  it("ignores garbage stored values", () => {
    const page = runScript({
      stored: { [preferenceStorageKeys.theme]: "purple", [preferenceStorageKeys.density]: "{}" },
      systemDark: true,
    });
    expect(page).toEqual({ theme: "dark", density: "comfortable", style: { colorScheme: "dark" } });
  });

  it("falls back to the defaults when storage throws", () => {
    expect(runScript({ storageThrows: true })).toEqual({
      theme: "light",
      density: "comfortable",
      style: { colorScheme: "light" },
    });
  });
});
