"use client";
import { type DensityPreference, preferenceLabels } from "@payout-styles/ui-core";
import { usePreferences } from "@payout-styles/ui-core/client";
import { DensityComfortable, DensityCompact } from "./icons";
import { SegmentedControl, type SegmentedOption } from "./segmented-control";

const densityOptions: readonly SegmentedOption<DensityPreference>[] = [
  { value: "comfortable", label: preferenceLabels.densities.comfortable, icon: DensityComfortable },
  { value: "compact", label: preferenceLabels.densities.compact, icon: DensityCompact },
];

// usePreferences renders the defaults on the server and at hydration, then the stored choice.
export function DensityToggle() {
  const { density, setDensity } = usePreferences();
  return (
    <SegmentedControl
      legend={preferenceLabels.density}
      options={densityOptions}
      value={density}
      onChange={setDensity}
    />
  );
}
