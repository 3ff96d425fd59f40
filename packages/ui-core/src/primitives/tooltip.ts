// Radix's build carries "use client" itself, so this re-export needs none.
export * as TooltipPrimitive from "@radix-ui/react-tooltip";
