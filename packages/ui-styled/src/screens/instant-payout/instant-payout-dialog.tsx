"use client";
import {
  type InstantPayoutDialogProps,
  instantPayoutLabels as labels,
} from "@payout-styles/ui-core";
import { useInstantPayoutDialog } from "@payout-styles/ui-core/client";
import { useId } from "react";
import styled from "styled-components";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { textSize } from "../../styles/mixins";
import { media, theme } from "../../styles/theme";
import { InstantPayoutFlow } from "./instant-payout-flow";

const Root = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${theme.spacing["1"]};

  @media ${media.sm} {
    align-items: flex-end;
  }
`;

const Trigger = styled(Button)`
  &[aria-disabled="true"] {
    cursor: not-allowed;
    opacity: 50%;
  }
`;

const UnavailableReason = styled.p`
  max-width: 16rem;
  ${textSize("xs")}
  color: ${theme.color.fgMuted};

  @media ${media.sm} {
    text-align: end;
  }
`;

/**
 * "Pay out now": the trigger and the dialog. The trigger is always rendered, so focus returns to
 * it after cancel, Escape and a payout; when nothing is available it is aria-disabled (still
 * focusable, described by the reason beside it) and does not open.
 */
export function InstantPayoutDialog({
  unavailableReason = null,
  ...props
}: InstantPayoutDialogProps) {
  const reasonId = useId();
  const unavailable = unavailableReason !== null;
  const dialog = useInstantPayoutDialog(!unavailable);
  return (
    <Root>
      <Dialog
        open={dialog.open}
        onOpenChange={dialog.onOpenChange}
        title={labels.title}
        description={labels.description}
        trigger={
          <Trigger
            aria-disabled={unavailable || undefined}
            aria-describedby={unavailable ? reasonId : undefined}
          >
            {labels.trigger}
          </Trigger>
        }
      >
        {dialog.open && (
          <InstantPayoutFlow
            {...props}
            idempotencyKey={dialog.idempotencyKey}
            onDone={dialog.close}
          />
        )}
      </Dialog>
      {unavailable && <UnavailableReason id={reasonId}>{unavailableReason}</UnavailableReason>}
    </Root>
  );
}
