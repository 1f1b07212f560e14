/**
 * A vitest reporter that prints, after the run, the test files that took longest (import + tests
 * + hooks), so the suite's time budget stays visible in every run, CI's included.
 */
import { writeFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

// SLOWEST_FILES=n shows more (e.g. 40 when working on the budget).
const SHOWN = Number(process.env.SLOWEST_FILES) || 10;

export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const all = testModules
      .map((module) => {
        const d = module.diagnostic();
        return { file: module.relativeModuleId, ms: d.collectDuration + d.duration };
      })
      .sort((a, b) => b.ms - a.ms);
    // The order test/reporters/longest-first.ts runs the files in, after a whole run only.
    if (process.env.WRITE_TEST_DURATIONS && all.length > 50) {
      const durations = Object.fromEntries(all.map(({ file, ms }) => [file, Math.round(ms) / 1000]));
      writeFileSync(new URL("./durations.json", import.meta.url), `${JSON.stringify(durations, null, 1)}\n`);
    }
    const timed = all.slice(0, SHOWN);
    if (timed.length === 0) return;
    const lines = timed.map(({ file, ms }) => `  ${(ms / 1000).toFixed(1).padStart(7)} s  ${file}`);
    process.stdout.write(`\nFichiers de test les plus lents :\n${lines.join("\n")}\n`);
  }
}
