import type { DataTableColumn } from "@payout-styles/ui-core";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "./data-table";

interface Payout {
  id: string;
  net: string;
}

const columns: DataTableColumn<Payout>[] = [
  { id: "id", header: "Payout", cell: (row) => row.id, rowHeader: true },
  { id: "arrival", header: "Arrival", cell: () => "Nov 2", sortable: true },
  { id: "net", header: "Net", cell: (row) => row.net, numeric: true, sortable: true },
];

const rows: Payout[] = [
  { id: "po_1", net: "$10.00" },
  { id: "po_2", net: "$20.00" },
];

function render(props: Partial<Parameters<typeof DataTable<Payout>>[0]> = {}) {
  return renderToStaticMarkup(
    <DataTable
      caption="Payouts"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      sort={{ columnId: "net", direction: "descending" }}
      sortHref={(columnId, direction) => `/payouts?sort=${columnId}&dir=${direction}`}
      name="payouts"
      {...props}
    />,
  );
}

describe("DataTable", () => {
  it("sets aria-sort on the sorted column's header only", () => {
    const html = render();
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
    expect(html).toMatch(/<th[^>]*aria-sort="descending"[^>]*>.*?Net/);
  });

  it("links a sorted header to the opposite direction and another header to descending", () => {
    const html = render();
    expect(html).toContain('href="/payouts?sort=net&amp;dir=ascending"');
    expect(html).toContain('href="/payouts?sort=arrival&amp;dir=descending"');
  });

  it("renders sortable headers as buttons when the table sorts in the browser", () => {
    const html = render({ sortHref: undefined, onSortChange: () => {} });
    expect(html.match(/<button/g)).toHaveLength(2);
    expect(html).not.toContain("<a ");
  });

  it("makes the row header column a <th scope=row> and names the table for tests", () => {
    const html = render();
    expect(html.match(/<th scope="row"/g)).toHaveLength(2);
    expect(html).toContain('data-table="payouts"');
    expect(html).toContain("<caption");
  });

  it("spans the empty state across every column when there are no rows", () => {
    const html = render({ rows: [], empty: "No payouts" });
    expect(html).toMatch(/<td colSpan="3"[^>]*>No payouts<\/td>/);
  });
});
