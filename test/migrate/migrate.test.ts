/**
 * Former values (`presentiel`, `inscriptionlibre`, `other_entities`…) keep working for this
 * version, with a located warning naming the new value; `mentor-docs migrate` rewrites them in
 * place, and only them: comments, key order, anchors, merge keys and quotes come back unchanged.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runMigrate } from "../../src/cli/commands/migrate.js";
import type { Output } from "../../src/cli/output.js";
import { loadProjectFile, parseProjectText } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";

const cli = new URL("../../dist/cli/main.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "mentor-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, isTTY: false, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t) };
}

const OLD = `# yaml-language-server: $schema=../schemas/training-project.schema.json
# Un projet écrit avec les anciennes valeurs.
course:
  title: "Essai"   # le titre
  status: elaboration_completed
  mentorModality: 'dp'
session:
  status: openedregistration
  modality: &mixte mixte # présentiel et distance
  openTo: "other_entities"
  openToSpaces: [Ministère de l'Intérieur]
  registration: &inscription
    mode: autre   # sur validation
    details: Validation hiérarchique
units:
  - id: u1
    title: Unité
    activities:
      - &commun
        id: a1
        title: A
        duration: 1h
      - <<: *commun
        id: a2
`;
const NEW = OLD.replace("status: elaboration_completed", "status: elaboration-completed")
  .replace("mentorModality: 'dp'", "mentorModality: 'blended'")
  .replace("status: openedregistration", "status: registration-open")
  .replace("modality: &mixte mixte", "modality: &mixte blended")
  .replace('openTo: "other_entities"', 'openTo: "other-entities"')
  .replace("mode: autre ", "mode: other ");

describe("former values", () => {
  it("are still valid, read as the new values, each with a located warning naming the new value", () => {
    const result = validateProject(parseProjectText(OLD, "cours.yaml"));
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    expect(result.project.session?.modality).toBe("blended");
    expect(result.project.session?.registration?.mode).toBe("other");
    expect(result.project.course.mentorModality).toBe("blended");
    expect(result.warnings.map((w) => `${w.line}:${w.column} ${w.path} ${w.code}`)).toEqual([
      "5:11 course.status schema.renamed-value",
      "6:19 course.mentorModality schema.renamed-value",
      "8:11 session.status schema.renamed-value",
      "9:20 session.modality schema.renamed-value",
      "10:11 session.openTo schema.renamed-value",
      "13:11 session.registration.mode schema.renamed-value",
    ]);
    expect(result.warnings[3]!.message).toBe(
      "valeur ancienne « mixte » : écrivez désormais « blended » (Mixte) ; elle est encore acceptée dans cette version, « mentor-docs migrate cours.yaml » réécrit le fichier",
    );
  });

  it("the new values give no warning", () => {
    const result = validateProject(parseProjectText(NEW, "cours.yaml"));
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it("validate and check print the warnings on stderr and still exit 0 (built CLI)", () => {
    const file = join(dir, "cli.yaml");
    writeFileSync(file, OLD);
    for (const command of ["validate", "check"]) {
      const run = spawnSync(process.execPath, [cli, command, file, "--format", "json"], { encoding: "utf8", timeout: 300_000 });
      expect(run.stderr).toContain(`${file}:9:20  session.modality  avertissement : valeur ancienne « mixte » : écrivez désormais « blended »`);
      // stdout stays the JSON it was.
      expect(() => JSON.parse(run.stdout)).not.toThrow();
      if (command === "validate") expect(run.status).toBe(0);
    }
  });
});

describe("mentor-docs migrate", () => {
  it("rewrites the values in place and nothing else: comments, order, anchors, merge keys and quotes kept", async () => {
    const file = join(dir, "projet.yaml");
    writeFileSync(file, OLD);
    const output = capture();
    expect(await runMigrate({ project: file }, output)).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(NEW);
    expect(output.stdout.at(-1)).toBe(`${file} : 6 valeurs réécrites.`);
    expect(output.stdout[0]).toBe(`${file}:5:11  course.status  « elaboration_completed » → « elaboration-completed »`);
    // No temporary file left; the result is valid without warnings.
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const result = validateProject(await loadProjectFile(file));
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([]);
    // A second run has nothing to do.
    const again = capture();
    await runMigrate({ project: file }, again);
    expect(again.stdout).toEqual([`${file} : aucune valeur ancienne, rien à réécrire.`]);
  });

  it("a value written once under an anchor and used again through a merge key is rewritten once, where it is written", async () => {
    const file = join(dir, "ancre.yaml");
    const text = `course:\n  title: T\nunits:\n  - id: u1\n    title: U\n    activities:\n      - &commun\n        id: a1\n        title: A\n      - <<: *commun\n        id: a2\nsession: &s\n  modality: presentiel\n`;
    writeFileSync(file, text);
    await runMigrate({ project: file }, capture());
    expect(readFileSync(file, "utf8")).toBe(text.replace("modality: presentiel", "modality: on-site"));
  });

  it("JSON: only the value's characters change", async () => {
    const file = join(dir, "projet.json");
    const text = '{\n  "course": { "title": "T", "status": "elaboration_completed" },\n  "session": { "registration": { "mode": "inscriptionlibre" } }\n}\n';
    writeFileSync(file, text);
    await runMigrate({ project: file }, capture());
    expect(readFileSync(file, "utf8")).toBe(text.replace("elaboration_completed", "elaboration-completed").replace("inscriptionlibre", "free-registration"));
  });

  it("--dry-run shows what would change and writes nothing", async () => {
    const file = join(dir, "essai.yaml");
    writeFileSync(file, OLD);
    const output = capture();
    await runMigrate({ project: file, dryRun: true }, output);
    expect(readFileSync(file, "utf8")).toBe(OLD);
    expect(output.stdout).toContain(`${file}:9:20  session.modality  « mixte » → « blended »`);
    expect(output.stdout.at(-1)).toBe(`${file} : 6 valeurs à réécrire (--dry-run : rien n'est écrit).`);
  });

  it("a file that does not parse: located French error, exit 2, file untouched (built CLI)", () => {
    const file = join(dir, "casse.yaml");
    const broken = "course:\n  title: [\n";
    writeFileSync(file, broken);
    const run = spawnSync(process.execPath, [cli, "migrate", file], { encoding: "utf8", timeout: 300_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(file);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(file, "utf8")).toBe(broken);
  });
});
