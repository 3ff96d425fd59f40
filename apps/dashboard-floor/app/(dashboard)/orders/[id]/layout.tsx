import { requireVisibleOrder } from "@payout-styles/dashboard-server";
import type { ReactNode } from "react";

// Answers 404 before loading.tsx starts the response (with a 200) for the page below.
export default async function OrderLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  await requireVisibleOrder((await params).id);
  return children;
}
