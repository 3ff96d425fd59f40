import { describe, expect, it } from "vitest";
import { idleFormState } from "../screens/form-state";
import { rejectionAsError } from "./rejection-as-error";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};

describe("rejectionAsError", () => {
  it("passes the action's answer through", async () => {
    const action = rejectionAsError(async () => ({ status: "success" as const }), "lost");
    expect(await action(idleFormState, form({}))).toEqual({ status: "success" });
  });

  it("answers a rejected request with the message and what was submitted", async () => {
    const action = rejectionAsError(async () => {
      throw new TypeError("Failed to fetch");
    }, "The connection was lost.");
    expect(await action(idleFormState, form({ amount: "10.00", idempotencyKey: "k1" }))).toEqual({
      status: "error",
      message: "The connection was lost.",
      values: { amount: "10.00", idempotencyKey: "k1" },
    });
  });

  it("lets the framework's own errors (a redirect) through", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), {
      digest: "NEXT_REDIRECT;/sign-in",
    });
    const action = rejectionAsError(async () => {
      throw redirect;
    }, "lost");
    await expect(action(idleFormState, form({}))).rejects.toBe(redirect);
  });
});
