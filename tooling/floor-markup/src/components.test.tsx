// The components in the states the screens do not all reach (pending, errors, every tone, client
// sorting, a link with nowhere to go): the floor's markup must still be the Tailwind kit's.
import { type DataTableColumn, type TableSort, tones } from "@payout-styles/ui-core";
import { describe, it } from "vitest";
import { expectFloorMarkup } from "./expect-floor-markup";

interface Row {
  id: string;
  net: string;
}

const columns: DataTableColumn<Row>[] = [
  { id: "id", header: "Payout", cell: (row) => row.id, rowHeader: true },
  { id: "net", header: "Net", cell: (row) => row.net, numeric: true, sortable: true },
];
const rows: Row[] = [
  { id: "po_1", net: "$10.00" },
  { id: "po_2", net: "$20.00" },
];
const sort: TableSort = { columnId: "net", direction: "ascending" };
const messageTones = tones.filter((tone) => tone !== "neutral");

describe("the floor writes the Tailwind kit's markup for", () => {
  it("buttons and links, pending, external and unavailable", () => {
    expectFloorMarkup((kit) => (
      <>
        <kit.Button variant="danger" size="sm" pending icon={<b>!</b>}>
          Pay
        </kit.Button>
        <kit.IconButton label="Close" icon={<i>x</i>} variant="secondary" />
        <kit.ButtonLink href="/payouts.csv" external download buttonVariant="secondary">
          Export
        </kit.ButtonLink>
        <kit.Link href="/settings" variant="subtle" className="extra">
          Settings
        </kit.Link>
        <kit.Pagination label="Pages" previousHref={null} nextHref="/payouts?after=x" />
      </>
    ));
  });

  it("every tone of badge, banner and timeline", () => {
    expectFloorMarkup((kit) => (
      <>
        {tones.map((tone) => (
          <kit.StatusBadge key={tone} tone={tone}>
            {tone}
          </kit.StatusBadge>
        ))}
        {messageTones.map((tone) => (
          <kit.Banner key={tone} tone={tone} title={tone} action={<a href="/">Act</a>}>
            Body
          </kit.Banner>
        ))}
        <kit.Timeline
          label="Events"
          items={tones.map((tone) => ({
            id: tone,
            title: tone,
            time: "Nov 16",
            dateTime: "2026-11-16",
            tone,
            description: "why",
          }))}
        />
      </>
    ));
  });

  it("form controls with descriptions and errors", () => {
    expectFloorMarkup((kit) => (
      <>
        <kit.TextInput label="Amount" prefix="USD" error="Too much" description="At most $5" />
        <kit.SearchInput label="Search" hideLabel className="wide" />
        <kit.Select
          label="Currency"
          options={[{ value: "USD", label: "US dollar" }]}
          error="Pick one"
          description="The payout's"
        />
        <kit.Checkbox label="Email me" description="Weekly" defaultChecked />
        <kit.RadioGroup
          legend="Interval"
          name="interval"
          options={[
            { value: "daily", label: "Daily" },
            { value: "weekly", label: "Weekly" },
          ]}
          defaultValue="weekly"
          error="Choose"
        />
        <kit.DateRangeInput
          legend="Arrival"
          value={{ from: "2026-11-01", to: "" }}
          onChange={() => {}}
          names={{ from: "from", to: "to" }}
          error="Inverted"
          min="2025-01-01"
        />
        <kit.MultiSelectFilter
          label="Status"
          options={[
            { value: "paid", label: "Paid" },
            { value: "failed", label: "Failed" },
          ]}
          selected={["failed"]}
          onChange={() => {}}
          name="status"
        />
      </>
    ));
  });

  it("a table sorted in the browser, with a footer, and an empty one", () => {
    expectFloorMarkup((kit) => (
      <>
        <kit.DataTable
          caption="Payouts"
          hideCaption
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          sort={sort}
          onSortChange={() => {}}
          footer={
            <tr>
              <th scope="row">Total</th>
              <td>$30.00</td>
            </tr>
          }
          name="payouts"
        />
        <kit.DataTable caption="None" columns={columns} rows={[]} rowKey={(row) => row.id} />
        <kit.TableSkeleton caption="Payouts" columns={3} rows={2} />
      </>
    ));
  });

  it("cards, lists, skeletons and the overlays' triggers", () => {
    expectFloorMarkup((kit) => (
      <>
        <kit.Card title="Card" headingLevel={3} description="About" actions={<a href="/">All</a>}>
          <kit.DescriptionList
            layout="stacked"
            items={[{ term: "Net", detail: "$1.00", numeric: true }]}
          />
          <kit.Stat label="Available" value="$1.00" hint="Now" name="available" />
          <kit.EmptyState title="Nothing" description="Yet" action={<a href="/">Reset</a>} />
        </kit.Card>
        <kit.Skeleton lines={3} label="Loading payouts" />
        <kit.Skeleton width="4rem" height="2rem" />
        <kit.Breadcrumbs items={[{ label: "Payouts", href: "/payouts" }, { label: "po_1" }]} />
        <kit.Dialog title="Pay out now" description="Instantly" trigger={<button type="button" />}>
          Body
        </kit.Dialog>
        <kit.Tooltip content="More">
          <button type="button">?</button>
        </kit.Tooltip>
        <kit.ThemeToggle />
        <kit.DensityToggle />
        <kit.ToastRegion />
      </>
    ));
  });
});
