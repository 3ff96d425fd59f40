import type { ToneIconName } from "@payout-styles/ui-core";
import type { ComponentType } from "react";
import {
  AlertTriangle,
  CheckCircle,
  Clock,
  type IconProps,
  Info,
  MinusCircle,
  XCircle,
} from "./icons";

// ui-core names the icon of each tone; this kit draws each name with its own icon set.
const toneIconComponents: Record<ToneIconName, ComponentType<IconProps>> = {
  "minus-circle": MinusCircle,
  clock: Clock,
  "check-circle": CheckCircle,
  "alert-triangle": AlertTriangle,
  "x-circle": XCircle,
  info: Info,
};

export function ToneIcon({ name, ...props }: IconProps & { name: ToneIconName }) {
  const Icon = toneIconComponents[name];
  return <Icon {...props} />;
}
