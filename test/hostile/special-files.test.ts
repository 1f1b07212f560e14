/**
 * The project file and the learners' list given as something other than a regular file: a named
 * pipe with no writer (used to hang), a device that never ends (/dev/zero: memory grew without
 * bound), a folder. Each is refused at once, before any byte is read: a French message, exit 2.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const example = join(root, "examples/hybride-management-equipe.yaml");
const dir = mkdtempSync(join(tmpdir(), "mentor-special-"));
const fifo = join(dir, "projet.yaml");
execFileSync("mkfifo", [fifo]);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 300_000, cwd: dir });

describe("special files given as input", () => {
  it.each([
    ["a named pipe with no writer", fifo, /n'est pas un fichier ordinaire/],
    ["a device that never ends", "/dev/zero", /n'est pas un fichier ordinaire : c'est un périphérique/],
    ["a folder", dir, /c'est un dossier/],
  ])("validate refuses %s as the project: exit 2, French message, no stack trace", (_what, path, message) => {
    const result = run(["validate", path]);
    expect(result.error).toBeUndefined(); // not killed by the time limit: it did not hang
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    ["a named pipe with no writer", fifo],
    ["a device that never ends", "/dev/zero"],
  ])("attestations refuses %s as the learners' list, writes nothing", (_what, path) => {
    const out = join(dir, "out");
    const result = run(["attestations", example, "--learners", path, "--out", out]);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/n'est pas un fichier ordinaire/);
    expect(spawnSync("ls", [out]).status).not.toBe(0);
  });
});
