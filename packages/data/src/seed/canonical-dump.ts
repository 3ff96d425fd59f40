// A fingerprint of everything a store holds, for proving two seeds byte-identical: each table's
// rows in primary-key order, as PostgreSQL prints them, hashed with SHA-256; and each sequence's
// position, so later inserts would get the same ids too.
import type { PayoutStore } from "../store/open-store";

export interface CanonicalDump {
  /** Table name → "<row count>:<sha256 of the rows>". */
  tables: Record<string, string>;
  /** Sequence name → its last value. */
  sequences: Record<string, number | null>;
}

export async function canonicalDump(store: PayoutStore): Promise<CanonicalDump> {
  const tables = await store.query<{ name: string; key: string }>(
    `SELECT c.relname AS name,
            string_agg(quote_ident(a.attname), ', ' ORDER BY k.position) AS key
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND c.relkind = 'r'
      GROUP BY c.relname
      ORDER BY c.relname`,
  );
  const dump: CanonicalDump = { tables: {}, sequences: {} };
  for (const { name, key } of tables) {
    const [row] = await store.query<{ rows: number; hash: string }>(
      `SELECT count(*) AS rows,
              encode(sha256(convert_to(coalesce(string_agg(t::text, E'\\n' ORDER BY ${key}), ''),
                                       'UTF8')), 'hex') AS hash
         FROM "${name}" t`,
    );
    dump.tables[name] = `${row?.rows}:${row?.hash}`;
  }
  const sequences = await store.query<{ name: string; last: number | null }>(
    `SELECT sequencename AS name, last_value AS last
       FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  for (const { name, last } of sequences) dump.sequences[name] = last;
  return dump;
}
