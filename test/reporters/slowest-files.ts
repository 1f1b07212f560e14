/**
 * A vitest reporter that prints, after the run, the test files that took longest (import + tests
 * + hooks), so the suite's time budget stays visible in every run, CI's included.
 */
import type { Reporter, TestModule } from "vitest/node";

// SLOWEST_FILES=n shows more (e.g. 40 when working on the budget).
const SHOWN = Number(process.env.SLOWEST_FILES) || 10;

export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules
      .map((module) => {
        const d = module.diagnostic();
        return { file: module.relativeModuleId, ms: d.collectDuration + d.duration };
      })
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    if (timed.length === 0) return;
    const lines = timed.map(({ file, ms }) => `  ${(ms / 1000).toFixed(1).padStart(7)} s  ${file}`);
    process.stdout.write(`\nFichiers de test les plus lents :\n${lines.join("\n")}\n`);
  }
}
