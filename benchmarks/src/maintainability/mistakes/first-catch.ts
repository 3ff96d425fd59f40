// A mistake meets the kit's toolchain stage by stage, as a developer's change would: the first
// stage that fails is the one that caught it, and the later ones are not run.
import { type Outcome, type Stage, stages } from "./manifest";

export interface StageVerdict {
  caught: boolean;
  /** The first line of the tool's message when it caught the mistake. */
  message?: string | undefined;
}

export type StageRunners = Record<Stage, () => Promise<StageVerdict>>;

export interface FirstCatch {
  outcome: Outcome;
  message?: string | undefined;
  /** The stages that ran, in order. */
  ran: Stage[];
}

export async function firstCatch(runners: StageRunners): Promise<FirstCatch> {
  const ran: Stage[] = [];
  for (const stage of stages) {
    ran.push(stage);
    const verdict = await runners[stage]();
    if (verdict.caught) return { outcome: stage, message: verdict.message, ran };
  }
  return { outcome: "not caught", ran };
}

const stageLabels: Record<Outcome, string> = {
  typecheck: "type check",
  lint: "lint",
  build: "build",
  "not caught": "not caught",
};

/** "type check: TS2551 Property 'surfce' does not exist…", or "not caught". */
export function describeCatch(outcome: Outcome, message?: string): string {
  return message ? `${stageLabels[outcome]}: ${message}` : stageLabels[outcome];
}
