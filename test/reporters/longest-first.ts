/**
 * Runs the test files that took longest first (their last measured durations are committed in
 * test/reporters/durations.json), so that two workers finish together instead of one running a
 * long file alone at the end. vitest does this from its own cache, which a fresh clone (CI) does
 * not have: it would order by file size. Files not listed (new ones) run first.
 * `WRITE_TEST_DURATIONS=1 npm test` rewrites the list (the slowest-files reporter does).
 */
import { readFileSync } from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const durations: Record<string, number> = JSON.parse(readFileSync(new URL("./durations.json", import.meta.url), "utf8"));

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const weight = (file: TestSpecification) => durations[file.moduleId.slice(file.project.config.root.length + 1)] ?? Number.POSITIVE_INFINITY;
    return [...files].sort((a, b) => weight(b) - weight(a));
  }
}
