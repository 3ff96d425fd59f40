"use client";
import type { ToastRegionProps } from "@payout-styles/ui-core";
import { componentLabels, messageToneIcon } from "@payout-styles/ui-core";
import { dismissToast, ToastPrimitive, useToasts } from "@payout-styles/ui-core/client";
import styled from "styled-components";
import { focusRing, spaceY, textSize } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import { type ButtonStyleProps, buttonStyles } from "./button";
import { X } from "./icons";
import { ToneIcon } from "./tone-icon";

type ToastTone = "info" | "success" | "danger";

const ToastRoot = styled(ToastPrimitive.Root)<{ $tone: ToastTone }>`
  display: flex;
  width: 100%;
  align-items: flex-start;
  gap: ${theme.spacing["3"]};
  border-radius: ${theme.radius.lg};
  border: 1px solid ${theme.color.border};
  border-inline-start-width: 4px;
  border-inline-start-color: ${({ $tone }) => theme.color[$tone].fg};
  background-color: ${theme.color.surfaceRaised};
  padding: ${theme.spacing["4"]};
  color: ${theme.color.fg};
  box-shadow: ${theme.shadow.lg};
`;

const ToastIcon = styled(ToneIcon)<{ $tone: ToastTone }>`
  margin-top: ${theme.spacing["0.5"]};
  width: ${theme.spacing["5"]};
  height: ${theme.spacing["5"]};
  color: ${({ $tone }) => theme.color[$tone].fg};
`;

const ToastText = styled.div`
  min-width: 0;
  flex: 1;
  ${spaceY("1")}
`;

const ToastTitle = styled(ToastPrimitive.Title)`
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.semibold};
  color: ${theme.color.fg};
`;

const ToastDescription = styled(ToastPrimitive.Description)`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

const ToastClose = styled(ToastPrimitive.Close).attrs<ButtonStyleProps>({
  $variant: "ghost",
  $size: "sm",
})`
  ${buttonStyles}
  margin-inline-end: -${theme.spacing["2"]};
  margin-top: -${theme.spacing["2"]};
  width: ${theme.spacing["10"]};
  height: ${theme.spacing["10"]};
  padding-inline: 0;
  color: ${theme.color.fgMuted};
  @media ${media.sm} {
    width: ${theme.spacing["8"]};
    height: ${theme.spacing["8"]};
  }
`;

const Viewport = styled(ToastPrimitive.Viewport)`
  position: fixed;
  inset-inline: 0;
  bottom: 0;
  z-index: ${theme.zIndex.toast};
  display: flex;
  max-height: 100dvh;
  flex-direction: column;
  gap: ${theme.spacing["2"]};
  padding: ${theme.spacing["4"]};
  ${focusRing}
  &:focus-visible {
    outline-offset: -2px;
  }
  @media ${media.sm} {
    inset-inline-start: auto;
    inset-inline-end: 0;
    width: 24rem;
  }
`;

// Radix announces each toast, pauses its timer on hover and focus, and lets F8 reach the region.
export function ToastRegion({ label = componentLabels.toastRegion }: ToastRegionProps) {
  const toasts = useToasts();
  return (
    <ToastPrimitive.Provider>
      {toasts.map((toast) => {
        return (
          <ToastRoot
            key={toast.id}
            // Failures stay until dismissed: they usually ask the seller to do something.
            duration={toast.tone === "danger" ? Number.POSITIVE_INFINITY : 5000}
            type={toast.tone === "danger" ? "foreground" : "background"}
            onOpenChange={(open) => {
              if (!open) dismissToast(toast.id);
            }}
            data-tone={toast.tone}
            $tone={toast.tone}
          >
            <ToastIcon name={messageToneIcon[toast.tone]} $tone={toast.tone} />
            <ToastText>
              <ToastTitle>{toast.title}</ToastTitle>
              {toast.description && <ToastDescription>{toast.description}</ToastDescription>}
            </ToastText>
            <ToastClose aria-label={componentLabels.close}>
              <X />
            </ToastClose>
          </ToastRoot>
        );
      })}
      <Viewport label={`${label} ({hotkey})`} />
    </ToastPrimitive.Provider>
  );
}
