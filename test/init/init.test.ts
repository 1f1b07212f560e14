/**
 * `mentor-docs init`: a commented skeleton that validates as it is, on which `check` lists only
 * what a person must decide (each error or warning points at a field the skeleton left blank), with
 * the editors' schema line; questions on a terminal, flags for scripts; never an overwrite without
 * --force.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { runInit } from "../../src/cli/commands/init.js";
import type { Output } from "../../src/cli/output.js";
import { formatPath } from "../../src/common/json-path.js";
import { skeletonBlanks, type SkeletonAnswers } from "../../src/init/skeleton.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";

const cli = new URL("../../dist/cli/main.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "mentor-init-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, isTTY: false, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t) };
}

/** True when a finding's path is a blank of the skeleton, inside one, or the place that holds one. */
function aboutABlank(findingPath: string, blanks: string[]): boolean {
  return blanks.some((b) => b === findingPath || b.startsWith(`${findingPath}.`) || b.startsWith(`${findingPath}[`) || findingPath.startsWith(`${b}.`) || findingPath.startsWith(`${b}[`));
}

const CASES: [string, Omit<SkeletonAnswers, "schemaRef">][] = [
  ["self-paced, with dates", { title: "Accessibilité numérique", modalities: ["online-self-paced"], start: "2026-03-09", end: "2026-04-17", tender: false }],
  ["hybrid, with a tender, no dates, default title", { title: "Nouvelle formation", modalities: ["hybrid", "virtual-classroom"], tender: true }],
];

describe("mentor-docs init", () => {
  it.each(CASES)("%s: the skeleton validates, and check lists only decisions (findings on blanks)", async (name, answers) => {
    const file = join(dir, `${name.replace(/\W+/g, "-")}.yaml`);
    const title = answers.title === "Nouvelle formation" ? undefined : answers.title;
    const options = { file, yes: true, title, modalities: answers.modalities, start: answers.start, end: answers.end, tender: answers.tender };
    expect(await runInit(options, capture())).toBe(0);

    const text = readFileSync(file, "utf8");
    // The editors' schema line points at the schema shipped with the tool.
    const schemaLine = /^# yaml-language-server: \$schema=(.+)$/.exec(text.split("\n")[0]!);
    expect(schemaLine).not.toBeNull();
    expect(existsSync(resolve(dirname(file), schemaLine![1]!))).toBe(true);
    // Comments from the schema, with examples.
    expect(text).toContain("# Public visé : Agents auxquels la formation s'adresse.");
    expect(text).toContain("# Exemple : Aucun");

    const loaded = await loadProjectFile(file);
    const validation = validateProject(loaded);
    expect(validation.problems).toEqual([]);
    expect(validation.warnings).toEqual([]);
    if (!validation.valid) return;
    expect(validation.project.course.title).toBe(answers.title);
    expect(validation.project.course.modalities).toEqual(answers.modalities);
    expect(validation.project.session?.startDate).toBe(answers.start);
    expect(validation.project.tender !== undefined).toBe(answers.tender);

    const blanks = skeletonBlanks({ ...answers, schemaRef: "" }).map(formatPath);
    const findings = checkProject(validation.project, loaded.source).findings.filter((f) => f.severity !== "info");
    expect(findings.length).toBeGreaterThan(10);
    expect(findings.filter((f) => !aboutABlank(f.path, blanks)).map((f) => `${f.requirement} ${f.path} ${f.message}`)).toEqual([]);
    // What the tool can set itself is set: a tracked activity, the evaluation questionnaire, free navigation.
    const requirements = new Set(findings.map((f) => f.requirement));
    for (const settled of ["PRO-1", "AUT-1", "UNI-2", "ORG-2", "MOD-1"]) expect(requirements.has(settled)).toBe(false);
    expect(findings.some((f) => f.requirement === "CON-1" && f.severity === "error")).toBe(false);
  });

  it("asks the title, the modalities, the dates and the tender when not given (a terminal)", async () => {
    const file = join(dir, "questions.yaml");
    const answers = ["Management d'équipe", "autonomie", "hybrid", "2026-09-01", "", "o"];
    const asked: string[] = [];
    // A refused answer is followed by a prompt to start again, answered with Enter.
    const ask = async (question: string) => {
      asked.push(question);
      return question.includes("recommencer") ? "" : (answers.shift() ?? "");
    };
    await runInit({ file }, capture(), ask);
    const result = validateProject(await loadProjectFile(file));
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    expect(result.project.course.title).toBe("Management d'équipe");
    expect(result.project.course.modalities).toEqual(["hybrid"]);
    expect(result.project.session?.startDate).toBe("2026-09-01");
    expect(result.project.session?.endDate).toBeUndefined();
    expect(result.project.tender).toBeDefined();
    expect(asked.some((q) => q.includes("modalité inconnue : « autonomie »"))).toBe(true);
  });

  it("never replaces a file without --force: exit 2, French message, file untouched (built CLI)", () => {
    const file = join(dir, "existant.yaml");
    writeFileSync(file, "course:\n  title: Le mien\n");
    const run = spawnSync(process.execPath, [cli, "init", file, "--yes"], { encoding: "utf8", timeout: 300_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file} : le fichier existe déjà ; rien n'est écrit (--force pour le remplacer).`);
    expect(readFileSync(file, "utf8")).toBe("course:\n  title: Le mien\n");
    const forced = spawnSync(process.execPath, [cli, "init", file, "--yes", "--force", "--title", "Autre"], { encoding: "utf8", timeout: 300_000 });
    expect(forced.status).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("title: Autre");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a bad date or modality given as a flag: exit 2, nothing written (built CLI)", () => {
    const file = join(dir, "refus.yaml");
    const run = spawnSync(process.execPath, [cli, "init", file, "--yes", "--start", "09/03/2026"], { encoding: "utf8", timeout: 300_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--start : date invalide « 09/03/2026 » : attendu AAAA-MM-JJ");
    const bad = spawnSync(process.execPath, [cli, "init", file, "--yes", "--modalities", "presentiel"], { encoding: "utf8", timeout: 300_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("modalité inconnue : « presentiel »");
    expect(existsSync(file)).toBe(false);
  });
});
