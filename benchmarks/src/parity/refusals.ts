// Which targets the parity checks refuse. A kit that agrees with no other kit on some comparison
// is refused; with only two kits that disagree, neither can be trusted, so both are. The floor is
// refused when its markup is not that of every kit still standing.
import type { ParityCheck, TargetId } from "../results/schema";

function outliers(
  kits: readonly TargetId[],
  checks: readonly ParityCheck[],
): Map<TargetId, string> {
  const refused = new Map<TargetId, string>();
  if (kits.length < 2) return refused;
  const comparisons = new Set(checks.map((check) => `${check.check} ${check.route}`));
  for (const comparison of comparisons) {
    const these = checks.filter((check) => `${check.check} ${check.route}` === comparison);
    for (const kit of kits) {
      const involving = these.filter((check) => check.target === kit || check.against === kit);
      if (involving.length === 0 || involving.some((check) => check.passed)) continue;
      const [first] = involving;
      refused.set(
        kit,
        `its ${comparison.replace(" ", " on ")} matches no other kit's (${first?.detail ?? ""})`,
      );
    }
  }
  return refused;
}

export function refusedTargets(
  kits: readonly TargetId[],
  floor: TargetId | undefined,
  checks: readonly ParityCheck[],
): Map<TargetId, string> {
  const refused = outliers(
    kits,
    checks.filter((check) => check.target !== floor),
  );
  if (floor) {
    const failed = checks.find(
      (check) => check.target === floor && !check.passed && !refused.has(check.against),
    );
    if (failed) {
      refused.set(
        floor,
        `its markup on ${failed.route} is not ${failed.against}'s (${failed.detail})`,
      );
    }
  }
  return refused;
}
