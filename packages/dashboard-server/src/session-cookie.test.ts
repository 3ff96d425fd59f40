import { describe, expect, it } from "vitest";
import { cookieNeedsSecure } from "./session-cookie";

describe("cookieNeedsSecure", () => {
  it.each([
    ["localhost:3001", null],
    ["127.0.0.1:3101", "http"],
    ["[::1]:3001", null],
  ])("is off on plain HTTP to %s", (host, proto) => {
    expect(cookieNeedsSecure(host, proto)).toBe(false);
  });

  it.each([
    ["localhost:3001", "https"],
    ["payouts.example.com", "https"],
    ["payouts.example.com", null],
    ["192.168.1.20:3001", "http"],
  ])("is on for %s (%s)", (host, proto) => {
    expect(cookieNeedsSecure(host, proto)).toBe(true);
  });
});
