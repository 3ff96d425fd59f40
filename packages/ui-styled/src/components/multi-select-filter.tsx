"use client";
import type { MultiSelectFilterProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { PopoverPrimitive } from "@payout-styles/ui-core/client";
import { useId } from "react";
import styled, { css } from "styled-components";
import { onHover, textSize, visuallyHidden } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import { type ButtonStyleProps, buttonStyles } from "./button";
import { choiceInputStyles } from "./checkbox";
import { ChevronDown } from "./icons";

const Trigger = styled(PopoverPrimitive.Trigger).attrs<ButtonStyleProps>({
  $variant: "secondary",
})`
  ${buttonStyles}
  &[data-state="open"] {
    background-color: ${theme.color.surfaceHover};
  }
`;

const TriggerChevron = styled(ChevronDown)`
  color: ${theme.color.fgMuted};
`;

const HiddenText = styled.span`
  ${visuallyHidden}
`;

const Content = styled(PopoverPrimitive.Content)`
  z-index: ${theme.zIndex.popover};
  width: 16rem;
  max-width: calc(100vw - 1rem);
  border-radius: ${theme.radius.lg};
  border: 1px solid ${theme.color.border};
  background-color: ${theme.color.surfaceRaised};
  padding: ${theme.spacing["3"]};
  color: ${theme.color.fg};
  box-shadow: ${theme.shadow.lg};
`;

const Group = styled.fieldset`
  min-width: 0;
`;

const Legend = styled.legend`
  margin-bottom: ${theme.spacing["2"]};
  ${textSize("xs")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fgMuted};
`;

const Options = styled.div`
  display: flex;
  flex-direction: column;
`;

const Option = styled.div`
  display: flex;
  align-items: center;
  gap: ${theme.spacing["3"]};
  border-radius: ${theme.radius.md};
  padding-inline: ${theme.spacing["2"]};
  ${onHover(css`
    background-color: ${theme.color.surfaceHover};
  `)}
`;

const OptionBox = styled.input.attrs({ type: "checkbox" })`
  ${choiceInputStyles}
  margin-top: 0;
`;

const OptionLabel = styled.label`
  display: flex;
  min-height: 2.75rem;
  flex: 1;
  cursor: pointer;
  align-items: center;
  ${textSize("sm")}
  @media ${media.sm} {
    min-height: 2.25rem;
  }
`;

export function MultiSelectFilter({
  label,
  options,
  selected,
  onChange,
  name,
}: MultiSelectFilterProps) {
  const groupId = useId();
  const count = selected.length;

  function toggle(value: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    // Keep the options' order, so the URL does not depend on the order of clicks.
    onChange(options.map((option) => option.value).filter((value) => next.has(value)));
  }

  return (
    <>
      <PopoverPrimitive.Root>
        <Trigger>
          <span>
            {label}
            {count > 0 && (
              <>
                <span aria-hidden="true"> · {count}</span>
                <HiddenText>{componentLabels.selectedCount(count)}</HiddenText>
              </>
            )}
          </span>
          <TriggerChevron />
        </Trigger>
        <PopoverPrimitive.Portal>
          <Content align="start" sideOffset={4} collisionPadding={8}>
            <Group>
              <Legend>{label}</Legend>
              <Options>
                {options.map((option) => {
                  const optionId = `${groupId}-${option.value}`;
                  return (
                    <Option key={option.value}>
                      <OptionBox
                        id={optionId}
                        checked={selected.includes(option.value)}
                        onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                      />
                      <OptionLabel htmlFor={optionId}>{option.label}</OptionLabel>
                    </Option>
                  );
                })}
              </Options>
            </Group>
          </Content>
        </PopoverPrimitive.Portal>
      </PopoverPrimitive.Root>
      {name &&
        selected.map((value) => <input key={value} type="hidden" name={name} value={value} />)}
    </>
  );
}
