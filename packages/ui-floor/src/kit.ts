// The floor as one object: the type check proves it implements every component and screen of the
// contract (ui-core's Kit). Apps import components by name; Storybook renders this.
import { defineKit } from "@payout-styles/ui-core";
import * as kit from "./index";

export const floorKit = defineKit("floor", kit);
