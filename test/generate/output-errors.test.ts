/**
 * Unusable output or template locations are user errors (exit 2, French message), never a hang or
 * a stack trace.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const project = join(root, "examples/autonomie-accessibilite-numerique.yaml");

function generate(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, "dist/cli/main.js"), "generate", project, "--doc", "attestation", ...args], {
    encoding: "utf8",
    timeout: 300_000,
  });
  expect(run.error).toBeUndefined(); // no time-out
  expect(run.stderr).not.toMatch(/^\s+at /m);
  return run;
}

describe("generate: unusable locations", () => {
  it("--out is a file: exit 2 with the reason", () => {
    const file = join(mkdtempSync(join(tmpdir(), "out-")), "fichier");
    writeFileSync(file, "x");
    const run = generate("--out", file);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/impossible de créer le dossier de sortie \(ENOTDIR\)/);
  });

  it("--out where no folder can be made (under /proc): exit 2, promptly", () => {
    const run = generate("--out", "/proc/mentor-docs-sortie");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/impossible de créer le dossier de sortie/);
  });

  it("--out several levels deep is created", () => {
    const run = generate("--out", join(mkdtempSync(join(tmpdir(), "out-")), "a", "b", "c"));
    expect(run.status).toBe(0);
  });

  it("--templates folder missing: exit 2, says how to make one", () => {
    const run = generate("--out", mkdtempSync(join(tmpdir(), "out-")), "--templates", "/pas/de/modeles");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/dossier de modèles introuvable.*templates export/);
  });

  it("--reference-doc missing or not a Word file: exit 2", () => {
    const out = mkdtempSync(join(tmpdir(), "out-"));
    expect(generate("--out", out, "--reference-doc", "/pas/la.docx").status).toBe(2);
    const bad = join(out, "faux.docx");
    writeFileSync(bad, "pas un docx");
    const run = generate("--out", out, "--reference-doc", bad);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/faux\.docx/);
  });
});
