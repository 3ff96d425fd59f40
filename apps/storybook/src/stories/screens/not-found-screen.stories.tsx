import type { Meta, StoryObj } from "@storybook/react-vite";
import { NotFoundScreen } from "../../contract/screens";
import { overviewUsd } from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";

const meta = {
  title: "Screens/NotFoundScreen",
  component: NotFoundScreen,
  parameters: { ...screenParameters, location: "/payouts/po_doesnotexist00" },
} satisfies Meta<typeof NotFoundScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InTheShell: Story = { decorators: [inAppShell(overviewUsd.seller.name)] };
export const Standalone: Story = { args: { standalone: true } };
