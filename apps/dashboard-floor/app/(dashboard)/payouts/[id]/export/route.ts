import { payoutTransactionsCsvResponse } from "@payout-styles/dashboard-server";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return payoutTransactionsCsvResponse((await params).id);
}
