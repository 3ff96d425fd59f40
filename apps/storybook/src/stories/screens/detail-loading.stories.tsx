import type { Meta, StoryObj } from "@storybook/react-vite";
import { DetailLoading } from "../../contract/screens";
import { overviewUsd } from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";

const meta = {
  title: "Screens/DetailLoading",
  component: DetailLoading,
  parameters: { ...screenParameters, location: "/payouts/po_27d71y72jhv8vk" },
  decorators: [inAppShell(overviewUsd.seller.name)],
} satisfies Meta<typeof DetailLoading>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The skeleton shown while the server renders the page. */
export const Loading: Story = {};
