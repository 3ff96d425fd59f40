"use client";
import { errorLabels } from "@payout-styles/ui-core";
import { Button } from "../../components/button";
import { PageHeader } from "../../components/page-header";

/** The error boundary's page: `reset` renders the failed segment again. */
export function ErrorScreen({ reset }: { reset: () => void }) {
  return (
    <>
      <PageHeader title={errorLabels.title} description={errorLabels.description} />
      <Button onClick={reset}>{errorLabels.tryAgain}</Button>
    </>
  );
}
