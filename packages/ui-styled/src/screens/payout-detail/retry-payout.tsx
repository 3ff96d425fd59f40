"use client";
import {
  type FormAction,
  payoutDetailLabels as labels,
  payoutHref,
  retryPayoutFields,
} from "@payout-styles/ui-core";
import { useRetryPayout } from "@payout-styles/ui-core/client";
import { useId } from "react";
import styled from "styled-components";
import { Banner } from "../../components/banner";
import { Button } from "../../components/button";
import { Card } from "../../components/card";
import { Link } from "../../components/link";
import { textSize } from "../../styles/mixins";
import { theme } from "../../styles/theme";

const Form = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  column-gap: ${theme.spacing["4"]};
  row-gap: ${theme.spacing["3"]};
`;

const Outcome = styled.div`
  min-width: 0;
  ${textSize("sm")}
`;

const Failure = styled.span`
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.danger.fg};
`;

const Success = styled.span`
  color: ${theme.color.fg};
`;

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
      <Form action={formAction}>
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
        <Outcome id={messageId} role="status">
          {error && <Failure>{error}</Failure>}
          {newPayoutId && (
            <Success>
              {labels.retrySucceededDescription(newPayoutId)}{" "}
              <Link href={payoutHref(newPayoutId)}>{labels.viewNewPayout}</Link>
            </Success>
          )}
        </Outcome>
      </Form>
    </Card>
  );
}
