import type { CheckboxProps } from "@payout-styles/ui-core";
import { useId } from "react";
import styled, { css } from "styled-components";
import { focusRing, textSize } from "../styles/mixins";
import { theme } from "../styles/theme";
import { FieldDescription, fieldDescribedBy, fieldMessageIds } from "./field";

/** The native box, tinted with the accent colour; shared with the radio group and filters. */
export const choiceInputStyles = css`
  margin-top: ${theme.spacing["0.5"]};
  width: 1rem;
  height: 1rem;
  flex-shrink: 0;
  cursor: pointer;
  accent-color: ${theme.color.accent};
  ${focusRing}
  &:disabled {
    cursor: not-allowed;
  }
`;

const Root = styled.div`
  display: flex;
  align-items: flex-start;
  gap: ${theme.spacing["3"]};
`;

const Box = styled.input.attrs({ type: "checkbox" })`
  ${choiceInputStyles}
`;

const Text = styled.div`
  display: grid;
  gap: ${theme.spacing["0.5"]};
  ${textSize("sm")}
  ${Box}:disabled ~ & {
    opacity: 0.5;
  }
`;

const Label = styled.label`
  cursor: pointer;
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
`;

export function Checkbox({ label, description, id, className, ...props }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <Root className={className}>
      <Box id={inputId} aria-describedby={fieldDescribedBy(inputId, { description })} {...props} />
      <Text>
        <Label htmlFor={inputId}>{label}</Label>
        {description && (
          <FieldDescription id={fieldMessageIds(inputId).description}>
            {description}
          </FieldDescription>
        )}
      </Text>
    </Root>
  );
}
