import {
  type ActivityColumnKey,
  type ActivityRowView,
  activityColumnSpecs,
  activityLabels,
  activityRowHref,
  activityTypeLabels,
  type DataTableColumn,
  type Formatter,
  withCells,
} from "@payout-styles/ui-core";
import styled from "styled-components";
import { Link } from "../../components/link";
import { theme } from "../../styles/theme";

const Muted = styled.span`
  color: ${theme.color.fgMuted};
`;

const Amount = styled.span`
  font-weight: ${theme.fontWeight.medium};
`;

/**
 * The balance activity table's columns: ui-core's specs with these cells. Amounts are signed
 * (what the movement did to the balance) and in the seller's currency.
 */
export function activityColumns(
  format: Formatter,
  currency: string,
): DataTableColumn<ActivityRowView>[] {
  const signed = (pick: (row: ActivityRowView) => number) => (row: ActivityRowView) =>
    format.money(pick(row), currency, { signDisplay: "exceptZero" });
  return withCells<ActivityColumnKey, ActivityRowView>(activityColumnSpecs, {
    occurredAt: (row) => (
      <time dateTime={row.occurredAt.toISOString()}>{format.dateTime(row.occurredAt)}</time>
    ),
    type: (row) => activityTypeLabels[row.type],
    // The type column already says what happened; a linked row names what it links to (its
    // order or payout), which keeps the table narrow enough for a laptop.
    description: (row) => {
      const href = activityRowHref(row);
      return href ? (
        <Link href={href} title={row.description}>
          {row.orderId ?? row.payoutId}
        </Link>
      ) : (
        <Muted>{row.description}</Muted>
      );
    },
    gross: signed((row) => row.gross),
    fees: signed((row) => row.fees),
    reserve: signed((row) => row.reserve),
    amount: (row) => (
      <Amount>{format.money(row.amount, currency, { signDisplay: "exceptZero" })}</Amount>
    ),
    availableOn: (row) =>
      row.availableOn ? (
        <time dateTime={row.availableOn.toISOString()}>{format.date(row.availableOn)}</time>
      ) : (
        <Muted>{activityLabels.noAvailableDate}</Muted>
      ),
  });
}
