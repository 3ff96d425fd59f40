import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { ErrorScreen } from "../../contract/screens";
import { overviewUsd } from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";

const meta = {
  title: "Screens/ErrorScreen",
  component: ErrorScreen,
  parameters: { ...screenParameters, location: "/payouts" },
  args: { retry: fn() },
} satisfies Meta<typeof ErrorScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A page that failed inside the app shell ("Try again" reloads that part). */
export const InTheShell: Story = { decorators: [inAppShell(overviewUsd.seller.name)] };

/** The root boundary: its own main landmark, no shell. */
export const Standalone: Story = { args: { standalone: true } };
