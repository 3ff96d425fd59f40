import type { Meta, StoryObj } from "@storybook/react-vite";
import { PayoutsLoading } from "../../contract/screens";
import { overviewUsd } from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";

const meta = {
  title: "Screens/PayoutsLoading",
  component: PayoutsLoading,
  parameters: { ...screenParameters, location: "/payouts" },
  decorators: [inAppShell(overviewUsd.seller.name)],
} satisfies Meta<typeof PayoutsLoading>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The skeleton shown while the server renders the page. */
export const Loading: Story = {};
