import type { Meta, StoryObj } from "@storybook/react-vite";
import { DescriptionList } from "../../contract/components";

const meta = {
  title: "Components/DescriptionList",
  component: DescriptionList,
  argTypes: { layout: { control: "inline-radio", options: ["inline", "stacked"] } },
  args: {
    items: [
      { term: "Created", detail: "Nov 14, 2026, 9:30 AM EST" },
      { term: "Method", detail: "Standard" },
      { term: "Destination", detail: "Bank ••••6789" },
      { term: "Net payout", detail: "$1,234.56", numeric: true },
    ],
  },
} satisfies Meta<typeof DescriptionList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Inline: Story = { args: { layout: "inline" } };
export const Stacked: Story = { args: { layout: "stacked" } };
