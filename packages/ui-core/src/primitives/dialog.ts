// Radix's build carries "use client" itself, so this re-export needs none.
export * as DialogPrimitive from "@radix-ui/react-dialog";
