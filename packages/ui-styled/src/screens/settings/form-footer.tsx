import type { FormState } from "@payout-styles/ui-core";
import styled from "styled-components";
import { Button } from "../../components/button";
import { textSize } from "../../styles/mixins";
import { theme } from "../../styles/theme";

const Footer = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  column-gap: ${theme.spacing["4"]};
  row-gap: ${theme.spacing["2"]};
  border-top-width: 1px;
  border-top-style: solid;
  border-color: ${theme.color.border};
  padding-top: ${theme.spacing["4"]};
`;

const Outcome = styled.p`
  min-width: 0;
  ${textSize("sm")}
`;

const Saved = styled.span`
  color: ${theme.color.success.fg};
`;

const Failure = styled.span`
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.danger.fg};
`;

interface FormFooterProps {
  state: FormState;
  pending: boolean;
  submitLabel: string;
  savedLabel: string;
  /** The name of the hidden field that carries the idempotency key. */
  keyName: string;
  idempotencyKey: string;
}

/**
 * The submit button, the idempotency key, and the outcome of the last submission in a live region
 * next to the button.
 */
export function FormFooter({
  state,
  pending,
  submitLabel,
  savedLabel,
  keyName,
  idempotencyKey,
}: FormFooterProps) {
  return (
    <Footer>
      <input
        type="hidden"
        name={keyName}
        value={idempotencyKey}
        // The server renders one key and the browser makes its own: the browser's is sent.
        suppressHydrationWarning
      />
      <Button type="submit" pending={pending}>
        {submitLabel}
      </Button>
      <Outcome role="status">
        {state.status === "success" && <Saved>{state.message ?? savedLabel}</Saved>}
        {state.status === "error" && state.message && <Failure>{state.message}</Failure>}
      </Outcome>
    </Footer>
  );
}
