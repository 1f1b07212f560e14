/**
 * vitest globalSetup: one temporary folder for the whole test run, removed at its end. Tests make
 * their folders with `mkdtempSync(join(tmpdir(), …))` and the commands they start (the CLI,
 * LibreOffice) write theirs under TMPDIR: all of it goes here, so a run leaves nothing in /tmp
 * (a run used to leave a few hundred folders, 20 MB of them the 1,000 attestations).
 * Listed first in vitest.config.ts: the other setups and the test workers inherit TMPDIR.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), "mentor-docs-tests-"));
  // As /tmp itself: tests run as root start the CLI as « nobody » (permissions do not stop root),
  // which must reach their folders and may write its own temporary files here.
  chmodSync(root, 0o1777);
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
