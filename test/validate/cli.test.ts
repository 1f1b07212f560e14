/**
 * `mentor-docs validate` run as a user runs it: the built binary (`npm run build` first), its
 * French messages on stderr, its exit codes, and never a stack trace.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const cli = new URL("../../dist/cli/main.js", import.meta.url).pathname;
const fixture = (name: string) => `test/fixtures/invalid/${name}`;

function validate(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, "validate", ...args], { encoding: "utf8", timeout: 300_000 });
  // No stack trace, whatever happened.
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout + run.stderr).not.toMatch(/Error:|node:internal/);
  return run;
}

describe("mentor-docs validate (built CLI)", () => {
  it("a valid example: exit 0, « projet valide » on stdout", () => {
    const run = validate("examples/autonomie-accessibilite-numerique.yaml");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("examples/autonomie-accessibilite-numerique.yaml : projet valide.\n");
    expect(run.stderr).toBe("");
  });

  it("unknown key: located suggestion on stderr, exit 1", () => {
    const run = validate(fixture("unknown-key.yaml"));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${fixture("unknown-key.yaml")}:3:3  course.objectifs  clé inconnue « objectifs » ; vouliez-vous dire « objectives » (Objectifs pédagogiques) ?\n` +
        `${fixture("unknown-key.yaml")} : 1 problème.\n`,
    );
  });

  it("bad duration (ACT-2): the expected forms, exit 1", () => {
    const run = validate(fixture("bad-duration.yaml"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${fixture("bad-duration.yaml")}:13:19  units[0].activities[0].duration  durée invalide « 1h70 » : attendu « 1h30 », « 45 min » ou « PT1H30M »`,
    );
  });

  it("dangling evaluation questionnaire (CON-1): exit 1, the closest id suggested", () => {
    const run = validate(fixture("dangling-references.yaml"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "20:28  conclusion.evaluationQuestionnaire  référence inconnue : aucune activité ne porte l'identifiant « a-questionaire » ; vouliez-vous dire « a-questionnaire » ?",
    );
    expect(run.stderr.trim().split("\n").at(-1)).toBe(`${fixture("dangling-references.yaml")} : 3 problèmes.`);
  });

  it("JSON syntax error: located at the stray token, exit 2", () => {
    const run = validate(fixture("syntax-error.json"));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${fixture("syntax-error.json")}:4:19  (document)  JSON invalide : caractère inattendu « t »\n`);
  });

  it("YAML syntax error: « : » in unquoted text, exit 2", () => {
    const run = validate(fixture("syntax-error.yaml"));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^test\/fixtures\/invalid\/syntax-error\.yaml:5:12 {2}\(document\) {2}deux-points suivi d'une espace/);
  });

  it("Latin-1 file: clear encoding error, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "mentor-cli-"));
    const path = join(dir, "latin1.yaml");
    writeFileSync(path, Buffer.from("course:\n  title: Sécurité\n", "latin1"));
    const run = validate(path);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${path}:2:11  (document)  le fichier n'est pas en UTF-8`);
  });

  it("file not found: exit 2", () => {
    const run = validate("examples/introuvable.yaml");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("examples/introuvable.yaml : fichier introuvable\n");
    expect(run.stdout).toBe("");
  });

  it("--format json prints a JSON array of the problems on stdout, exit 1", () => {
    const run = validate(fixture("end-before-start.yaml"), "--format", "json");
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: fixture("end-before-start.yaml"),
        line: 5,
        column: 12,
        path: "session.endDate",
        message: "la date de fin (2026-03-09) précède la date de début (2026-04-17)",
        code: "date.order",
      },
    ]);
  });
});
