// The seed's public face: load the demo data, and the demo sellers' roles for tests and READMEs.
export {
  type DemoSeller,
  demoSellerRoles,
  demoSellers,
  type SeedProfile,
  type SellerRole,
} from "./demo-sellers";
export { generateSeedData, type SeedData } from "./generate-seed-data";
export { seedAsOf } from "./seed-clock";
export { seedDatabase } from "./seed-database";
export type { SeededSeller, SeedSummary } from "./seed-summary";
