// Arguments the CLI refuses (unknown option, missing file, a value outside the choices): a French
// usage message, exit 2, and the command does not run at all (it once did: `validate --bogus`
// printed « projet valide », `generate --doc nope` ran with no document).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const BIN = join(root, "dist/cli/main.js");
const example = join(root, "examples/hybride-management-equipe.yaml");
const work = mkdtempSync(join(tmpdir(), "refused-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: "utf8", timeout: 300_000 });

describe("refused arguments", () => {
  it.each([
    ["an unknown option", ["validate", example, "--bogus"], /Argument inconnu : bogus/],
    ["no project file", ["validate"], /Pas assez d'arguments/],
    ["a document that does not exist", ["generate", example, "--doc", "nope", "--out", join(work, "out-doc")], /Valeurs invalides[\s\S]*doc[\s\S]*cahier-des-charges/],
    ["an unknown option of attestations", ["attestations", example, "--learners", "x.csv", "--out", join(work, "out-att"), "--fusion"], /Argument inconnu : fusion/],
    ["no command", [], /Indiquez une commande/],
  ])("%s: exit 2, a French message pointing to --help, nothing done", (_label, args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Aide : mentor-docs --help");
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stdout).toBe("");
    expect(existsSync(join(work, "out-doc"))).toBe(false);
    expect(existsSync(join(work, "out-att"))).toBe(false);
  });
});
