import type { Meta, StoryObj } from "@storybook/react-vite";
import { Field } from "../../contract/components";

const meta = {
  title: "Components/Field",
  component: Field,
  args: {
    label: "Routing number",
    htmlFor: "routing-number",
    description: "9 digits, at the bottom left of a check.",
    children: <input id="routing-number" name="routingNumber" inputMode="numeric" />,
  },
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithDescription: Story = {};
export const WithError: Story = { args: { error: "A routing number has 9 digits" } };
export const HiddenLabel: Story = { args: { hideLabel: true, description: undefined } };
