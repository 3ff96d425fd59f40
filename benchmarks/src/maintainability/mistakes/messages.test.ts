import { describe, expect, it } from "vitest";
import { biomeMessage, buildErrorMessage, nextBuildMessage, typeScriptMessage } from "./messages";

describe("typeScriptMessage", () => {
  it("gives the code and the first line of a chained message", () => {
    const text =
      "Type '\"outline\"' is not assignable to type '\"ghost\" | \"primary\"'.\n  The expected type comes from property 'variant'";
    expect(typeScriptMessage(2322, text)).toBe(
      'TS2322 Type \'"outline"\' is not assignable to type \'"ghost" | "primary"\'.',
    );
  });

  it("clips a long message to fit a table cell", () => {
    const message = typeScriptMessage(
      2551,
      `Property 'surfce' does not exist on ${"x".repeat(300)}`,
    );
    expect(message).toHaveLength(160);
    expect(message.endsWith("…")).toBe(true);
  });
});

describe("biomeMessage", () => {
  it("names the rule of the first error and its message", () => {
    const report = {
      diagnostics: [
        {
          severity: "error",
          category: "lint/nursery/useTailwindSortedClasses",
          message: "These CSS classes should be sorted.",
        },
      ],
    };
    expect(biomeMessage(report)).toBe(
      "useTailwindSortedClasses: These CSS classes should be sorted.",
    );
  });

  it("adds the other rules that failed, once each, and ignores warnings and notes", () => {
    const report = {
      diagnostics: [
        { severity: "warning", category: "lint/style/useTemplate", message: "Use a template." },
        {
          severity: "error",
          category: "lint/nursery/useTailwindSortedClasses",
          message: "These CSS classes should be sorted.",
        },
        {
          severity: "error",
          category: "lint/nursery/noTailwindRawColors",
          message: "This Tailwind CSS class uses a raw palette color.",
        },
        {
          severity: "error",
          category: "lint/nursery/noTailwindRawColors",
          message: "This Tailwind CSS class uses a raw palette color.",
        },
      ],
    };
    expect(biomeMessage(report)).toBe(
      "useTailwindSortedClasses: These CSS classes should be sorted. (also noTailwindRawColors)",
    );
  });

  it("says nothing when there is no error", () => {
    expect(biomeMessage({ diagnostics: [] })).toBeUndefined();
    expect(
      biomeMessage({ diagnostics: [{ severity: "information", message: "A note." }] }),
    ).toBeUndefined();
  });
});

describe("buildErrorMessage", () => {
  it("reads the plugin's own message from Rolldown's list of errors", () => {
    const error = Object.assign(new Error("Build failed with 1 error: …"), {
      errors: [
        {
          message:
            "Invalid selector: & svg\n\nStyle selectors must target the '&' character (along with any modifiers).",
        },
      ],
    });
    expect(buildErrorMessage(error)).toBe("Invalid selector: & svg");
  });

  it("skips the lines a bundler wraps a plugin's error in, and their colours and stack", () => {
    const error = new Error(
      "Build failed with 1 error:\n\n[plugin @tailwindcss/vite:generate:build] /tmp/copy/packages/ui-tailwind/src/styles.css\n\u001b[31mError: Cannot apply unknown utility class `bg-cnavas`\u001b[39m\n    at onInvalidCandidate (lib.mjs:21:1867)",
    );
    expect(buildErrorMessage(error)).toBe("Cannot apply unknown utility class `bg-cnavas`");
  });

  it("says the build failed when the error says nothing", () => {
    expect(buildErrorMessage(new Error(""))).toBe("build failed");
  });
});

describe("nextBuildMessage", () => {
  it("finds the first error next build printed, past its progress lines and wrappers", () => {
    const output = [
      "▲ Next.js 16.4.6 (Turbopack)",
      "  Creating an optimized production build ...",
      "\u001b[31mError: Cannot apply unknown utility class `bg-cnavas`",
      "    [2m[at onInvalidCandidate (lib.js:21:1867)][0m",
      "> Build error occurred",
      "Error: Turbopack build failed with 1 error:",
    ].join("\n");
    expect(nextBuildMessage(output)).toBe("Cannot apply unknown utility class `bg-cnavas`");
  });

  it("reads a type error as next build reports it", () => {
    const output =
      "./packages/ui-vanilla/src/components/card.css.ts:9:29\nType error: Property 'surfce' does not exist on type 'ColorTokens'.";
    expect(nextBuildMessage(output)).toBe(
      "Property 'surfce' does not exist on type 'ColorTokens'.",
    );
  });

  it("says next build failed when no line names an error", () => {
    expect(nextBuildMessage("Killed")).toBe("next build failed");
  });
});
