// A contract component renders the component of that name from the kit in context: a story is
// written once against the contract, and every kit renders it.
import type { KitComponents, KitScreens } from "@payout-styles/ui-core";
import type { ComponentProps, ComponentType, FC } from "react";
import { useKit } from "../kits/kit-context";

type Contract = KitComponents & KitScreens;
export type ContractName = keyof Contract;

export function contractComponent<Name extends ContractName>(
  name: Name,
): FC<ComponentProps<Contract[Name]>> {
  function ContractComponent(props: object) {
    const kit = useKit();
    // The contract's types already tie each name to its props; here any kit's component is one.
    const Component = (
      name in kit.components
        ? kit.components[name as keyof KitComponents]
        : kit.screens[name as keyof KitScreens]
    ) as ComponentType<object> | undefined;
    // A kit missing a component must fail its stories, not render nothing.
    if (!Component) throw new Error(`The ${kit.name} kit has no ${name}.`);
    return <Component {...props} />;
  }
  ContractComponent.displayName = name;
  return ContractComponent as FC<ComponentProps<Contract[Name]>>;
}
