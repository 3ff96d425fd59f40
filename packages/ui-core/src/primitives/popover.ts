// Radix's build carries "use client" itself, so this re-export needs none.
export * as PopoverPrimitive from "@radix-ui/react-popover";
