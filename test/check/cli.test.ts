import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

/** End-to-end: the built binary, as users run it (output piped, so no colour). */
const BIN = "dist/cli/main.js";
const run = (...args: string[]) => spawnSync("node", [BIN, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "" } });

let dir: string;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  // `npm test` builds first; rebuilding here would rewrite dist/ under the other test files' feet.
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build`);
  dir = mkdtempSync(join(tmpdir(), "mentor-check-"));
});

describe("mentor-docs check (CLI)", () => {
  it("ACT-2: text output, one located line per finding, grouped by severity, no colour when piped; exit 1 on errors", () => {
    const draft = "examples/drafts/cahier-des-charges-brouillon.yaml";
    const r = run("check", draft);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout.replace(/\u00a0/g, " ")).toMatch(
      new RegExp(`^${draft.replace(/\./g, "\\.")}:\\d+:\\d+  erreur  ACT-2 \\(D\\.3\\)  L'activité « Étude de cas » n'indique pas sa modalité`, "m"),
    );
    const errorsAt = r.stdout.indexOf("Erreurs (19)");
    const warningsAt = r.stdout.indexOf("Avertissements (16)");
    const infosAt = r.stdout.indexOf("Informations (2)");
    expect(errorsAt).toBeGreaterThanOrEqual(0);
    expect(warningsAt).toBeGreaterThan(errorsAt);
    expect(infosAt).toBeGreaterThan(warningsAt);
    expect(r.stdout.trim().split("\n").at(-1)).toMatch(/: 19 erreurs, 16 avertissements, 2 informations — \d+\/37 exigences? du guide satisfaites?\.$/);
  });

  it("exit 0 on a project with no error, and 1 with --strict when it has warnings (AUT-1)", () => {
    const complete = "test/check/fixtures/complete.yaml";
    const ok = run("check", complete);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/0 erreur, 0 avertissement, 0 information/);
    const sequential = file("sequentiel.yaml", `${readFileSync(complete, "utf8")}navigation:\n  mode: sequential\n`);
    expect(run("check", sequential).status).toBe(0);
    const strict = run("check", sequential, "--strict");
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/avertissement  AUT-1 \(D\.5\)/);
  });

  it("--format json: findings, grid and summary", () => {
    const r = run("check", "examples/drafts/cahier-des-charges-brouillon.yaml", "--format", "json");
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.valid).toBe(true);
    expect(json.summary).toMatchObject({ errors: 19, warnings: 16, infos: 2, total: 37 });
    expect(json.grid).toHaveLength(37);
    expect(json.findings.find((f: { requirement: string }) => f.requirement === "PUB-1")).toMatchObject({
      severity: "error",
      section: "F",
      path: "session.ownerSpace",
    });
  });

  it("--grid: one line per requirement with its French status, findings below", () => {
    const r = run("check", "examples/drafts/cahier-des-charges-brouillon.yaml", "--grid");
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => /^[A-Z]{3}-\d /.test(l))).toHaveLength(37);
    expect(lines.find((l) => l.startsWith("PUB-1 "))).toMatch(/manquante/);
    expect(lines.find((l) => l.startsWith("UNI-1 "))).toMatch(/satisfaite/);
    expect(lines.find((l) => l.startsWith("EVA-2 "))).toMatch(/non applicable|satisfaite/);
    expect(lines.find((l) => l.startsWith("PRE-2 "))).toMatch(/non vérifiée/);
    const pub = lines.findIndex((l) => l.startsWith("PUB-1 "));
    expect(lines[pub + 1]).toMatch(/^ {4}.*erreur  PUB-1 \(F\)/);
  });

  it("invalid data: schema problems reported as validate reports them, exit 1, no rule runs", () => {
    const bad = file("invalide.yaml", "course:\n  title: T\nunits:\n  - id: u1\n    title: U\n    duration: 1h70\n");
    const check = run("check", bad);
    const validate = run("validate", bad);
    expect(check.status).toBe(1);
    expect(check.stderr).toBe(validate.stderr);
    expect(check.stdout).not.toMatch(/ACT-|REP-|exigences/);
  });

  it("unusable input: missing file or broken YAML, exit 2 without a stack trace", () => {
    const missing = run("check", join(dir, "absent.yaml"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/fichier introuvable/);
    const broken = run("check", file("casse.yaml", "course:\n  title: [T\n"));
    expect(broken.status).toBe(2);
    expect(broken.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
