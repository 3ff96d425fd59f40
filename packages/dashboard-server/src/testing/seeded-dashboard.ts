// One seeded in-memory store per test file, served to the loaders and actions as the process's
// store, and a signed-in request for any demo seller.
import { openStore, type PayoutStore } from "@payout-styles/data";
import { type SeededSeller, type SellerRole, seedDatabase } from "@payout-styles/data/seed";
import { sessionCookieName } from "../session-cookie";
import { sessionSecret } from "../session-secret";
import { signSessionToken } from "../session-token";
import { provideStore } from "../store";
import { request, resetRequest } from "./next-request";

export interface SeededDashboard {
  store: PayoutStore;
  seller(role: SellerRole): SeededSeller;
  /** Starts a fresh request carrying the seller's session cookie. */
  signInAs(role: SellerRole): Promise<SeededSeller>;
}

export async function openSeededDashboard(): Promise<SeededDashboard> {
  const store = await openStore({ url: "" });
  const summary = await seedDatabase(store, { profile: "test" });
  provideStore(store);
  const seller = (role: SellerRole) => {
    const found = summary.sellers.find((candidate) => candidate.role === role);
    if (!found) throw new Error(`the seed has no ${role} seller`);
    return found;
  };
  return {
    store,
    seller,
    async signInAs(role) {
      const signedIn = seller(role);
      resetRequest();
      const token = await signSessionToken({ sellerId: signedIn.id }, await sessionSecret());
      request.cookies.set(sessionCookieName, { value: token, options: {} });
      return signedIn;
    },
  };
}
