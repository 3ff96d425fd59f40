import type { Meta, StoryObj } from "@storybook/react-vite";
import { ActivityLoading } from "../../contract/screens";
import { overviewUsd } from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";

const meta = {
  title: "Screens/ActivityLoading",
  component: ActivityLoading,
  parameters: { ...screenParameters, location: "/activity" },
  decorators: [inAppShell(overviewUsd.seller.name)],
} satisfies Meta<typeof ActivityLoading>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The skeleton shown while the server renders the page. */
export const Loading: Story = {};
