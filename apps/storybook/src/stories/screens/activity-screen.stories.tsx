import type { Meta, StoryObj } from "@storybook/react-vite";
import { ActivityScreen } from "../../contract/screens";
import { activityUsd } from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";

const meta = {
  title: "Screens/ActivityScreen",
  component: ActivityScreen,
  parameters: { ...screenParameters, location: "/activity" },
  decorators: [inAppShell(activityUsd.seller.name)],
  args: activityUsd,
} satisfies Meta<typeof ActivityScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Harbor Pizza Co.'s latest balance movements. */
export const FirstPage: Story = {};
