import type { Meta, StoryObj } from "@storybook/react-vite";
import { SearchInput } from "../../contract/components";

const meta = {
  title: "Components/SearchInput",
  component: SearchInput,
  args: {
    label: "Search payouts",
    placeholder: "Payout ID or bank reference",
    name: "search",
  },
} satisfies Meta<typeof SearchInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const HiddenLabel: Story = { args: { hideLabel: true, defaultValue: "po_27d71y72jhv8vk" } };
