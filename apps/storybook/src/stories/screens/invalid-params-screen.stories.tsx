import type { Meta, StoryObj } from "@storybook/react-vite";
import { InvalidParamsScreen } from "../../contract/screens";
import { overviewUsd, payoutsInvalidParams } from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";

const meta = {
  title: "Screens/InvalidParamsScreen",
  component: InvalidParamsScreen,
  parameters: { ...screenParameters, location: "/payouts?pageSize=7&status=paid&status=lost" },
  decorators: [inAppShell(overviewUsd.seller.name)],
  args: payoutsInvalidParams,
} satisfies Meta<typeof InvalidParamsScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What the payouts loader answers for a hand-edited URL: each refused parameter, and a reset. */
export const HandEditedPayoutsUrl: Story = {};
