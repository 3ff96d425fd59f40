import { describe, expect, it } from "vitest";
import { isNotificationChecked } from "./notification-preferences";

const saved = { payoutPaid: true, payoutFailed: false, weeklySummary: true };

describe("isNotificationChecked", () => {
  it("follows the saved preferences before any submission", () => {
    expect(isNotificationChecked({}, saved, "payoutPaid")).toBe(true);
    expect(isNotificationChecked({}, saved, "payoutFailed")).toBe(false);
  });

  it("follows what was submitted, where an unchecked box sends nothing", () => {
    const state = { values: { payoutFailed: "on" } };
    expect(isNotificationChecked(state, saved, "payoutFailed")).toBe(true);
    expect(isNotificationChecked(state, saved, "payoutPaid")).toBe(false);
  });
});
