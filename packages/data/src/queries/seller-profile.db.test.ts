import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../errors";
import { demoSellers } from "../seed/demo-sellers";
import type { Database } from "../store/open-store";
import { openSeededStore, type SeededStore } from "../testing/seeded-store";
import { authenticateSeller } from "./authenticate-seller";
import { getSellerProfile } from "./seller-profile";

let seeded: SeededStore;
let db: Database;

beforeAll(async () => {
  seeded = await openSeededStore();
  db = seeded.store.db;
});
afterAll(() => seeded.store.close());

describe("getSellerProfile", () => {
  it("gives each seller their own settings and a masked bank account", async () => {
    for (const seller of seeded.sellers) {
      const profile = await getSellerProfile(db, { sellerId: seller.id });
      const demo = demoSellers.find((candidate) => candidate.email === seller.email);
      expect(profile).toMatchObject({
        id: seller.id,
        name: demo?.name,
        email: demo?.email,
        currency: demo?.currency,
        timeZone: demo?.timeZone,
        schedule: demo?.schedule,
        holdDays: demo?.holdDays,
        reserve: { bps: seller.reserveBps, days: seller.reserveDays },
      });
      if (demo?.bank === null) {
        expect(profile.bankAccount).toBeNull();
      } else {
        expect(Object.keys(profile.bankAccount ?? {}).sort()).toEqual([
          "bankName",
          "country",
          "currency",
          "holderName",
          "id",
          "kind",
          "last4",
        ]);
        expect(profile.bankAccount?.last4).toMatch(/^\d{4}$/);
        expect(profile.bankAccount).toMatchObject({
          kind: demo?.bank?.kind,
          holderName: demo?.bank?.holderName ?? demo?.name,
          country: demo?.country,
        });
      }
    }
  });

  it("answers an unknown seller with NotFoundError", async () => {
    await expect(getSellerProfile(db, { sellerId: "sel_nobody" })).rejects.toThrow(
      new NotFoundError("seller", "sel_nobody"),
    );
  });
});

describe("authenticateSeller", () => {
  it("signs in every demo seller with the password printed in the README", async () => {
    for (const demo of seeded.seeded) {
      const sellerId = await authenticateSeller(db, {
        email: demo.email.toUpperCase(),
        password: demo.password,
      });
      expect(sellerId).toBe(demo.id);
    }
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const [demo] = seeded.seeded;
    expect(
      await authenticateSeller(db, { email: demo?.email ?? "", password: "wrong" }),
    ).toBeNull();
    expect(
      await authenticateSeller(db, { email: "nobody@example.test", password: "wrong" }),
    ).toBeNull();
  });

  it("refuses a malformed email with a ValidationError", async () => {
    await expect(authenticateSeller(db, { email: "not an email", password: "x" })).rejects.toThrow(
      ValidationError,
    );
  });
});
