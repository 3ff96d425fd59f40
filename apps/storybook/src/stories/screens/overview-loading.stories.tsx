import type { Meta, StoryObj } from "@storybook/react-vite";
import { OverviewLoading } from "../../contract/screens";
import { overviewUsd } from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";

const meta = {
  title: "Screens/OverviewLoading",
  component: OverviewLoading,
  parameters: { ...screenParameters, location: "/" },
  decorators: [inAppShell(overviewUsd.seller.name)],
} satisfies Meta<typeof OverviewLoading>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The skeleton shown while the server renders the page. */
export const Loading: Story = {};
