import { describe, expect, it } from "vitest";
import { localPath, signInHref } from "./local-path";

describe("localPath", () => {
  it("keeps a path of this site with its query", () => {
    expect(localPath("/payouts?status=failed&pageSize=50")).toBe(
      "/payouts?status=failed&pageSize=50",
    );
  });

  it.each([
    "https://evil.test/",
    "//evil.test/payouts",
    "/\\evil.test",
    "javascript:alert(1)",
    "payouts",
    "/signin",
    "/signin?next=/payouts",
    "/pay\nouts",
    "",
  ])("sends %j to the overview instead", (candidate) => {
    expect(localPath(candidate)).toBe("/");
  });
});

describe("signInHref", () => {
  it("asks the sign-in page to come back to the page", () => {
    expect(signInHref("/payouts?status=paid")).toBe("/signin?next=%2Fpayouts%3Fstatus%3Dpaid");
  });

  it("leaves next out for the overview", () => {
    expect(signInHref("/")).toBe("/signin");
  });
});
