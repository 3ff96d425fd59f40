// A change task for the tests: only its id and title matter to them.
import type { ChangeTask } from "./manifest";

export function taskFixture(id: string): ChangeTask {
  return {
    id,
    title: `Task ${id}`,
    request: "A change.",
    stories: ["components-button--primary"],
    viewport: { width: 1280, height: 800 },
    themes: ["light", "dark"],
  };
}
