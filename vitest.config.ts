import { defineConfig } from "vitest/config";
import LongestFirstSequencer from "./test/reporters/longest-first.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // Limits catch hangs, not slowness: a busy machine (load 5-10 on two cores) must not fail a
    // test. LibreOffice calls carry their own generous limit (test/helpers/libreoffice.ts).
    testTimeout: 600_000,
    hookTimeout: 900_000,
    pool: "forks",
    // Test files of a worker share loaded modules (and their warmed-up code): a third less time
    // (measured 184 s against 240 s). The price is discipline: a test that changes the process
    // (environment, global listeners, stdout) puts it back, as test/helpers/cli-in-process.ts does.
    isolate: false,
    // A private TMPDIR for the run, removed at its end (first: the servers and workers inherit it);
    // two LibreOffice servers for the run: documents converted without starting LibreOffice each time.
    globalSetup: ["./test/helpers/private-tmpdir.ts", "./test/helpers/office-servers.ts"],
    // Two test files at once on two cores (measured on a clean clone: 270 s; three: 283 s).
    maxWorkers: 2,
    reporters: ["default", "./test/reporters/slowest-files.ts"],
    // Longest files first, from durations kept in the repository (a fresh clone has no vitest cache).
    sequence: { sequencer: LongestFirstSequencer },
  },
});
