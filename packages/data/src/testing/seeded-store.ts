// One seeded store per test file: the seed's test profile, its summary (roles and demo
// passwords), and the seller rows it wrote.
import { asc } from "drizzle-orm";
import { sellers } from "../schema";
import { type SeededSeller, type SellerRole, seedDatabase } from "../seed";
import type { PayoutStore } from "../store/open-store";
import { openTestStore } from "./test-store";

export interface SeededStore {
  store: PayoutStore;
  sellers: (typeof sellers.$inferSelect)[];
  seeded: SeededSeller[];
  sellerIdOf(role: SellerRole): string;
}

export async function openSeededStore(): Promise<SeededStore> {
  const store = await openTestStore();
  const summary = await seedDatabase(store, { profile: "test" });
  const rows = await store.db.select().from(sellers).orderBy(asc(sellers.id));
  return {
    store,
    sellers: rows,
    seeded: summary.sellers,
    sellerIdOf(role) {
      const seller = summary.sellers.find((candidate) => candidate.role === role);
      if (!seller) throw new Error(`the seed has no ${role} seller`);
      return seller.id;
    },
  };
}
