import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signIn, signOut } from "./actions/sign-in";
import { loadSignIn } from "./loaders/sign-in";
import { requireSeller } from "./session";
import { requestPathHeader, sessionCookieName } from "./session-cookie";
import { RedirectSignal, request, resetRequest } from "./testing/next-request";
import { openSeededDashboard, type SeededDashboard } from "./testing/seeded-dashboard";

let dashboard: SeededDashboard;

beforeAll(async () => {
  dashboard = await openSeededDashboard();
});

beforeEach(() => resetRequest());

function signInForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof RedirectSignal)) throw new Error(`expected a redirect, got ${error}`);
  return error.location;
}

describe("signIn", () => {
  it("sets an HTTP-only, SameSite=Lax session cookie and goes to the requested page", async () => {
    const { email, password } = dashboard.seller("usd");
    const location = await redirectOf(() =>
      signIn({ status: "idle" }, signInForm({ email, password, next: "/payouts?status=paid" })),
    );
    expect(location).toBe("/payouts?status=paid");
    const cookie = request.cookies.get(sessionCookieName);
    expect(cookie?.options).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
      maxAge: 12 * 60 * 60,
    });
    await expect(requireSeller()).resolves.toMatchObject({
      seller: { id: dashboard.seller("usd").id },
    });
  });

  it("marks the cookie Secure off localhost", async () => {
    resetRequest({ host: "payouts.example.com", "x-forwarded-proto": "https" });
    const { email, password } = dashboard.seller("eur");
    await redirectOf(() => signIn({ status: "idle" }, signInForm({ email, password })));
    expect(request.cookies.get(sessionCookieName)?.options.secure).toBe(true);
  });

  it("never sends a seller to another site after signing in", async () => {
    const { email, password } = dashboard.seller("usd");
    const location = await redirectOf(() =>
      signIn({ status: "idle" }, signInForm({ email, password, next: "//evil.test/" })),
    );
    expect(location).toBe("/");
  });

  it("answers an unknown email and a wrong password alike, and sets no cookie", async () => {
    const { email } = dashboard.seller("usd");
    const wrongPassword = await signIn(
      { status: "idle" },
      signInForm({ email, password: "not-the-password" }),
    );
    const unknownEmail = await signIn(
      { status: "idle" },
      signInForm({ email: "nobody@demo.payout-styles.test", password: "not-the-password" }),
    );
    expect(wrongPassword).toEqual({
      status: "error",
      message: "The email or password is incorrect.",
      values: { email },
    });
    expect(unknownEmail.message).toBe(wrongPassword.message);
    expect(request.cookies.has(sessionCookieName)).toBe(false);
  });

  it("puts a missing email and password next to their fields", async () => {
    const state = await signIn({ status: "idle" }, signInForm({ email: "", password: "" }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["email", "password"]);
  });
});

describe("requireSeller", () => {
  it("sends a request without a session to sign in, to come back afterwards", async () => {
    resetRequest({ host: "localhost:3001", [requestPathHeader]: "/payouts?status=failed" });
    expect(await redirectOf(() => requireSeller())).toBe(
      "/signin?next=%2Fpayouts%3Fstatus%3Dfailed",
    );
  });

  it("refuses a cookie whose seller was edited", async () => {
    await dashboard.signInAs("usd");
    const token = request.cookies.get(sessionCookieName)?.value ?? "";
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    const other = dashboard.seller("eur").id;
    const edited = Buffer.from(JSON.stringify({ ...claims, sub: other })).toString("base64url");
    request.cookies.set(sessionCookieName, {
      value: `${header}.${edited}.${signature}`,
      options: {},
    });
    expect(await redirectOf(() => requireSeller())).toBe("/signin");
  });

  it("ends with signing out", async () => {
    await dashboard.signInAs("usd");
    expect(await redirectOf(() => signOut())).toBe("/signin");
    expect(request.cookies.has(sessionCookieName)).toBe(false);
    expect(await redirectOf(() => requireSeller())).toBe("/signin");
  });
});

describe("loadSignIn", () => {
  it("sends a signed-in seller straight on", async () => {
    await dashboard.signInAs("usd");
    expect(await redirectOf(() => loadSignIn({ next: "/activity" }))).toBe("/activity");
  });

  it("keeps a local next for the form and drops a foreign one", async () => {
    await expect(loadSignIn({ next: "/activity" })).resolves.toEqual({ next: "/activity" });
    await expect(loadSignIn({ next: "https://evil.test" })).resolves.toEqual({});
  });
});
