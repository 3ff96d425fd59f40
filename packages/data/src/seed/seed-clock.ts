// The instant the seed's story ends. The seed never reads the wall clock: everything it writes is
// dated relative to this, so two runs are byte-identical, and the apps show the data "as of" it
// by default so screenshots and tests see the same balances every day.
export const seedAsOf = new Date("2026-11-16T09:30:00.000Z");
