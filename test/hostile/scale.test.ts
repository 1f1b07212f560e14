/**
 * Issue 15, item 12: the supported size of a project is bounded and said (README, « Taille des
 * projets »). Beyond it, `validate` reports it, located, at once, rather than letting generation
 * run for minutes: more than 10 levels of units, 1,000 units, 2,000 activities; a project file over
 * 20 MB, or one that is not a regular file, is refused before it is read.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/common/errors.js";
import { loadProjectFile, parseProjectText } from "../../src/load/load-project.js";
import { PROJECT_LIMITS } from "../../src/validate/limits.js";
import { validateProject } from "../../src/validate/index.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const dir = mkdtempSync(join(tmpdir(), "mentor-scale-"));

const activity = (id: string) => ({ id, title: `Activité ${id}` });

/** `depth` levels of units, one inside the other, written as JSON text (JSON.stringify would recurse). */
function nestedProjectText(depth: number): string {
  return (
    '{"course": {"title": "Profond"}, "units": [' +
    Array.from({ length: depth }, (_, i) => `{"id": "u${i}", "title": "Niveau ${i + 1}", "units": [`).join("") +
    "]}".repeat(depth) +
    "]}"
  );
}

function problemsOf(text: string, file = "projet.json") {
  const result = validateProject(parseProjectText(text, file));
  expect(result.valid).toBe(false);
  return result.problems;
}

describe("documented limits, enforced by validate", () => {
  it("the limits are those the README gives", () => {
    expect(PROJECT_LIMITS).toEqual({ unitDepth: 10, units: 1000, activities: 2000 });
  });

  it("10 levels of units are accepted by the limits; 11 are refused at the first unit too deep", () => {
    const atLimit = validateProject(parseProjectText(nestedProjectText(10), "projet.json"));
    expect(atLimit.problems.filter((p) => p.code.startsWith("limit."))).toEqual([]);
    const problems = problemsOf(nestedProjectText(11));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "limit.unit-depth", line: 1, path: `units[0]${".units[0]".repeat(10)}` });
    expect(problems[0]!.message).toMatch(/unités imbriquées sur plus de 10 niveaux/);
  });

  it("300 levels: one problem, no stack overflow; 5,000 levels: a French syntax error, exit 2", () => {
    for (const depth of [300]) {
      const problems = problemsOf(nestedProjectText(depth));
      expect(problems.map((p) => p.code)).toEqual(["limit.unit-depth"]);
    }
    let error: unknown;
    try {
      parseProjectText(nestedProjectText(5000), "projet.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toMatch(/données imbriquées trop profondément/);
  });

  it("1,001 units are refused, named at the 1,001st", () => {
    const units = Array.from({ length: 1001 }, (_, i) => ({ id: `u${i}`, title: "U", activities: [activity(`a${i}`)] }));
    const problems = problemsOf(JSON.stringify({ course: { title: "Large" }, units }, null, 1));
    expect(problems.map((p) => [p.code, p.path])).toEqual([["limit.units", "units[1000]"]]);
    expect(problems[0]!.message).toMatch(/plus de 1\s000 unités .*découpez le projet/);
  });

  it("2,001 activities are refused, named at the 2,001st", () => {
    const units = Array.from({ length: 3 }, (_, u) => ({
      id: `u${u}`,
      title: "U",
      activities: Array.from({ length: 700 }, (_, i) => activity(`a${u}-${i}`)),
    }));
    const problems = problemsOf(JSON.stringify({ course: { title: "Large" }, units }));
    expect(problems.map((p) => [p.code, p.path])).toEqual([["limit.activities", "units[2].activities[600]"]]);
  });

  it("the CLI: validate and generate stop at the limit, exit 1, nothing written", () => {
    const file = join(dir, "profond.json");
    writeFileSync(file, nestedProjectText(300));
    const validate = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8" });
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(/profond\.json:1:\d+ {2}units\[0\](\.units\[0\]){10} {2}unités imbriquées sur plus de 10 niveaux/);
    const out = join(dir, "out");
    const generate = spawnSync(process.execPath, [cli, "generate", file, "--out", out, "--draft"], { encoding: "utf8" });
    expect(generate.status).toBe(1);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});

describe("the project file itself", () => {
  it("over 20 MB: refused before it is parsed, exit 2", async () => {
    const file = join(dir, "enorme.json");
    writeFileSync(file, `{"course": {"title": "x", "summary": "${"a".repeat(21 * 1024 * 1024)}"}}`);
    await expect(loadProjectFile(file)).rejects.toThrow(/enorme\.json : fichier trop volumineux \(21 Mo\) : mentor-docs lit des projets de 20 Mo au plus/);
    const run = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8" });
    expect(run.status).toBe(2);
  });

  it("a FIFO is refused instead of waited on", async () => {
    const fifo = join(dir, "tube.yaml");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return;
    const error = await loadProjectFile(fifo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/n'est pas un fichier ordinaire/);
  });
});
