import type { Meta, StoryObj } from "@storybook/react-vite";
import { OrderDetailScreen } from "../../contract/screens";
import { orderDetail } from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";

const meta = {
  title: "Screens/OrderDetailScreen",
  component: OrderDetailScreen,
  parameters: { ...screenParameters, location: `/orders/${orderDetail.order.order.id}` },
  decorators: [inAppShell(orderDetail.seller.name)],
  args: orderDetail,
} satisfies Meta<typeof OrderDetailScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An order of Metro Burger Group's largest paid payout, every cent traced to that payout. */
export const IncludedInAPayout: Story = {};
