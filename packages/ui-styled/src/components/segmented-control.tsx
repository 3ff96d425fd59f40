"use client";
import type { ComponentType } from "react";
import { useId } from "react";
import styled, { css } from "styled-components";
import { focusRingStyles, onHover, transitionColors, visuallyHidden } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import type { IconProps } from "./icons";

export interface SegmentedOption<Value extends string> {
  value: Value;
  label: string;
  icon: ComponentType<IconProps>;
}

interface SegmentedControlProps<Value extends string> {
  legend: string;
  options: readonly SegmentedOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
}

const Group = styled.fieldset`
  min-width: 0;
`;

const HiddenText = styled.span`
  ${visuallyHidden}
`;

const Legend = styled.legend`
  ${visuallyHidden}
`;

const Track = styled.div`
  display: inline-flex;
  border-radius: ${theme.radius.md};
  border: 1px solid ${theme.color.border};
  background-color: ${theme.color.surfaceMuted};
  padding: ${theme.spacing["0.5"]};
`;

const Segment = styled.label`
  display: flex;
  width: ${theme.spacing["10"]};
  height: ${theme.spacing["10"]};
  cursor: pointer;
  align-items: center;
  justify-content: center;
  border-radius: ${theme.radius.sm};
  color: ${theme.color.fgMuted};
  ${transitionColors}
  ${onHover(css`
    color: ${theme.color.fg};
  `)}
  &:has(:checked) {
    background-color: ${theme.color.surface};
    color: ${theme.color.fg};
    box-shadow: ${theme.shadow.sm};
  }
  &:has(:focus-visible) {
    ${focusRingStyles}
  }
  @media ${media.sm} {
    width: ${theme.spacing["8"]};
    height: ${theme.spacing["8"]};
  }
`;

const Radio = styled.input.attrs({ type: "radio" })`
  ${visuallyHidden}
`;

// Native radios under icon buttons: one tab stop, arrow keys choose, the legend names the group.
// The option's text is its accessible name and, as a title, its tooltip.
export function SegmentedControl<Value extends string>({
  legend,
  options,
  value,
  onChange,
}: SegmentedControlProps<Value>) {
  const name = useId();
  return (
    <Group>
      <Legend>{legend}</Legend>
      <Track>
        {options.map(({ value: optionValue, label, icon: Icon }) => (
          <Segment key={optionValue} title={label}>
            <Radio
              name={name}
              value={optionValue}
              checked={value === optionValue}
              onChange={() => onChange(optionValue)}
            />
            <Icon />
            <HiddenText>{label}</HiddenText>
          </Segment>
        ))}
      </Track>
    </Group>
  );
}
