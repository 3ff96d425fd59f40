"use client";
import { type ErrorScreenProps, errorLabels } from "@payout-styles/ui-core";
import { Button } from "../../components/button";
import { PageHeader } from "../../components/page-header";
import { StandaloneMain } from "./standalone-main";

/** The error boundary's page: `retry` loads the failed segment again. */
export function ErrorScreen({ retry, standalone = false }: ErrorScreenProps) {
  const content = (
    <>
      <PageHeader title={errorLabels.title} description={errorLabels.description} />
      <Button onClick={retry}>{errorLabels.tryAgain}</Button>
    </>
  );
  return standalone ? <StandaloneMain>{content}</StandaloneMain> : content;
}
