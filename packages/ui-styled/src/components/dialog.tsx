"use client";
import type { DialogProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { DialogPrimitive } from "@payout-styles/ui-core/client";
import styled from "styled-components";
import { spaceY, textSize } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import { type ButtonStyleProps, buttonStyles } from "./button";
import { X } from "./icons";

const Overlay = styled(DialogPrimitive.Overlay)`
  position: fixed;
  inset: 0;
  z-index: ${theme.zIndex.overlay};
  background-color: ${theme.color.overlay};
`;

// Phones get a bottom sheet (full width, thumb-reachable footer); from `sm` up a centred dialog.
const Content = styled(DialogPrimitive.Content)`
  position: fixed;
  inset-inline: 0;
  bottom: 0;
  z-index: ${theme.zIndex.dialog};
  display: flex;
  max-height: 90dvh;
  flex-direction: column;
  border-top-left-radius: ${theme.radius.xl};
  border-top-right-radius: ${theme.radius.xl};
  border: 1px solid ${theme.color.border};
  background-color: ${theme.color.surfaceRaised};
  color: ${theme.color.fg};
  box-shadow: ${theme.shadow.xl};
  @media ${media.sm} {
    inset-inline: auto;
    top: 50%;
    bottom: auto;
    left: 50%;
    width: 100%;
    max-width: 32rem;
    translate: -50% -50%;
    border-radius: ${theme.radius.lg};
  }
`;

const Header = styled.div`
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: ${theme.spacing["4"]};
  padding-inline: ${theme.spacing["6"]};
  padding-top: ${theme.spacing["6"]};
`;

const Heading = styled.div`
  min-width: 0;
  ${spaceY("1.5")}
`;

const Title = styled(DialogPrimitive.Title)`
  ${textSize("lg")}
  font-weight: ${theme.fontWeight.semibold};
  color: ${theme.color.fg};
`;

const Description = styled(DialogPrimitive.Description)`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

const CloseButton = styled(DialogPrimitive.Close).attrs<ButtonStyleProps>({
  $variant: "ghost",
  $size: "sm",
})`
  ${buttonStyles}
  margin-inline-end: -${theme.spacing["2"]};
  margin-top: -${theme.spacing["1"]};
  width: ${theme.spacing["10"]};
  height: ${theme.spacing["10"]};
  padding-inline: 0;
  color: ${theme.color.fgMuted};
  @media ${media.sm} {
    width: ${theme.spacing["8"]};
    height: ${theme.spacing["8"]};
  }
`;

const Body = styled.div`
  min-height: 0;
  flex: 1;
  overflow-y: auto;
  padding: ${theme.spacing["4"]} ${theme.spacing["6"]};
`;

const Footer = styled.div`
  display: flex;
  flex-direction: column-reverse;
  gap: ${theme.spacing["2"]};
  border-top: 1px solid ${theme.color.border};
  padding: ${theme.spacing["4"]} ${theme.spacing["6"]};
  @media ${media.sm} {
    flex-direction: row;
    justify-content: flex-end;
  }
`;

// Focus trap, Escape, return of focus and the aria wiring are Radix's; this file only styles.
export function Dialog({
  open,
  defaultOpen,
  onOpenChange,
  trigger,
  title,
  description,
  children,
  footer,
}: DialogProps) {
  return (
    <DialogPrimitive.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger && <DialogPrimitive.Trigger asChild>{trigger}</DialogPrimitive.Trigger>}
      <DialogPrimitive.Portal>
        <Overlay />
        <Content
          // Without a description Radix must not point aria-describedby at a missing element.
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <Header>
            <Heading>
              <Title>{title}</Title>
              {description && <Description>{description}</Description>}
            </Heading>
            <CloseButton aria-label={componentLabels.close}>
              <X />
            </CloseButton>
          </Header>
          <Body>{children}</Body>
          {footer && <Footer>{footer}</Footer>}
        </Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
