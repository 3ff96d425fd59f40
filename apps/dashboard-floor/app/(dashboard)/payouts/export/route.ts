import { payoutsCsvResponse } from "@payout-styles/dashboard-server";

export function GET(request: Request) {
  return payoutsCsvResponse(request);
}
