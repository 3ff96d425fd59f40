"use client";
import type { TooltipProps } from "@payout-styles/ui-core";
import { TooltipPrimitive } from "@payout-styles/ui-core/client";
import styled from "styled-components";
import { textSize } from "../styles/mixins";
import { theme } from "../styles/theme";

const TooltipContent = styled(TooltipPrimitive.Content)`
  z-index: ${theme.zIndex.tooltip};
  max-width: 20rem;
  border-radius: ${theme.radius.md};
  background-color: ${theme.color.fg};
  padding: ${theme.spacing["1"]} ${theme.spacing["2"]};
  ${textSize("xs")}
  color: ${theme.color.canvas};
  box-shadow: ${theme.shadow.md};
`;

const TooltipArrow = styled(TooltipPrimitive.Arrow)`
  fill: ${theme.color.fg};
`;

// Each tooltip brings its own provider (as shadcn/ui does) so no screen has to remember one.
export function Tooltip({ content, children, side = "top" }: TooltipProps) {
  return (
    <TooltipPrimitive.Provider delayDuration={300}>
      <TooltipPrimitive.Root>
        <TooltipPrimitive.Trigger asChild>{children}</TooltipPrimitive.Trigger>
        <TooltipPrimitive.Portal>
          <TooltipContent side={side} sideOffset={6} collisionPadding={8}>
            {content}
            <TooltipArrow />
          </TooltipContent>
        </TooltipPrimitive.Portal>
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  );
}
