"use client";
import {
  type FormAction,
  payoutDetailLabels as labels,
  payoutHref,
  retryPayoutFields,
} from "@payout-styles/ui-core";
import { useRetryPayout } from "@payout-styles/ui-core/client";
import { useId } from "react";
import { Banner } from "../../components/banner";
import { Button } from "../../components/button";
import { Card } from "../../components/card";
import { Link } from "../../components/link";

interface RetryPayoutProps {
  payoutId: string;
  retryPayout: FormAction<{ payoutId: string }> | null;
  retryBlockedReason: string | null;
}

/** A failed payout's retry: the form when it can be retried, else why it cannot yet. */
export function RetryPayout({ payoutId, retryPayout, retryBlockedReason }: RetryPayoutProps) {
  if (retryPayout) return <RetryPayoutForm payoutId={payoutId} retryPayout={retryPayout} />;
  if (!retryBlockedReason) return null;
  return (
    <Banner tone="warning" title={labels.retryBlocked}>
      {retryBlockedReason}
    </Banner>
  );
}

function RetryPayoutForm({
  payoutId,
  retryPayout,
}: {
  payoutId: string;
  retryPayout: FormAction<{ payoutId: string }>;
}) {
  const { formAction, pending, idempotencyKey, newPayoutId, error } = useRetryPayout(retryPayout);
  const messageId = useId();
  return (
    <Card title={labels.retryTitle} description={labels.retryDescription} id="retry-payout">
      <form action={formAction}>
        <input type="hidden" name={retryPayoutFields.payoutId} value={payoutId} />
        <input
          type="hidden"
          name={retryPayoutFields.idempotencyKey}
          value={idempotencyKey}
          // The server renders one key and the browser makes its own: the browser's is sent.
          suppressHydrationWarning
        />
        <Button
          type="submit"
          pending={pending}
          disabled={Boolean(newPayoutId)}
          aria-describedby={error ? messageId : undefined}
        >
          {labels.retry}
        </Button>
        <div id={messageId} role="status">
          {error && <span>{error}</span>}
          {newPayoutId && (
            <span>
              {labels.retrySucceededDescription(newPayoutId)}{" "}
              <Link href={payoutHref(newPayoutId)}>{labels.viewNewPayout}</Link>
            </span>
          )}
        </div>
      </form>
    </Card>
  );
}
