import { describe, expect, it } from "vitest";
import { sessionLifetimeSeconds, signSessionToken, verifySessionToken } from "./session-token";

const secret = new TextEncoder().encode("a-secret-of-at-least-thirty-two-characters");
const otherSecret = new TextEncoder().encode("another-secret-of-thirty-two-characters!!");
const issuedAt = new Date("2026-11-16T09:30:00Z");
const at = (seconds: number) => new Date(issuedAt.getTime() + seconds * 1000);

describe("session tokens", () => {
  it("name the seller they were signed for", async () => {
    const token = await signSessionToken({ sellerId: "sel_abc" }, secret, issuedAt);
    await expect(verifySessionToken(token, secret, at(60))).resolves.toEqual({
      sellerId: "sel_abc",
    });
  });

  it("are refused when signed with another secret", async () => {
    const token = await signSessionToken({ sellerId: "sel_abc" }, otherSecret, issuedAt);
    await expect(verifySessionToken(token, secret, at(60))).resolves.toBeNull();
  });

  it("are refused when the payload was edited", async () => {
    const token = await signSessionToken({ sellerId: "sel_abc" }, secret, issuedAt);
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    const edited = Buffer.from(JSON.stringify({ ...claims, sub: "sel_other" })).toString(
      "base64url",
    );
    await expect(
      verifySessionToken(`${header}.${edited}.${signature}`, secret, at(60)),
    ).resolves.toBeNull();
  });

  it("are refused unsigned (alg none)", async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const exp = Math.floor(at(3600).getTime() / 1000);
    const unsigned = `${encode({ alg: "none" })}.${encode({ sub: "sel_abc", exp })}.`;
    await expect(verifySessionToken(unsigned, secret, at(60))).resolves.toBeNull();
  });

  it("expire 12 hours after sign-in", async () => {
    const token = await signSessionToken({ sellerId: "sel_abc" }, secret, issuedAt);
    await expect(
      verifySessionToken(token, secret, at(sessionLifetimeSeconds - 1)),
    ).resolves.toEqual({ sellerId: "sel_abc" });
    await expect(
      verifySessionToken(token, secret, at(sessionLifetimeSeconds + 1)),
    ).resolves.toBeNull();
  });

  it("are refused when they are not tokens at all", async () => {
    await expect(verifySessionToken("not-a-token", secret)).resolves.toBeNull();
  });
});
