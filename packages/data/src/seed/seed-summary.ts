// What a seed run loaded: who can sign in (with the demo passwords the README prints) and how many
// rows each table holds. Deterministic, like the data: no timings in it.
import { getTableName } from "drizzle-orm";
import { demoSellers, type SeedProfile, type SellerRole } from "./demo-sellers";
import type { SeedData } from "./generate-seed-data";
import { seedTableOrder } from "./seed-table-order";

export interface SeededSeller {
  role: SellerRole;
  id: string;
  name: string;
  email: string;
  password: string;
  currency: string;
  orders: number;
  payouts: number;
}

export interface SeedSummary {
  profile: SeedProfile;
  /** The instant the seeded story ends (seedAsOf), as an ISO string. */
  asOf: string;
  sellers: SeededSeller[];
  /** Rows per table, by SQL table name. */
  counts: Record<string, number>;
}

export function summarizeSeed(data: SeedData): SeedSummary {
  const { tables } = data;
  const countBySeller = (rows: readonly { sellerId: string }[]) => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.sellerId, (counts.get(row.sellerId) ?? 0) + 1);
    return counts;
  };
  const orders = countBySeller(tables.orders);
  const payouts = countBySeller(tables.payouts);
  return {
    profile: data.profile,
    asOf: data.asOf.toISOString(),
    sellers: tables.sellers.map((row) => ({
      role: roleOf(row.email),
      id: row.id,
      name: row.name,
      email: row.email,
      password: row.password,
      currency: row.currency,
      orders: orders.get(row.id) ?? 0,
      payouts: payouts.get(row.id) ?? 0,
    })),
    counts: Object.fromEntries(
      seedTableOrder.map(([name, table]) => [getTableName(table), tables[name].length]),
    ),
  };
}

function roleOf(email: string): SellerRole {
  const seller = demoSellers.find((candidate) => candidate.email === email);
  if (!seller) throw new Error(`seeded a seller that is not a demo seller: ${email}`);
  return seller.role;
}
