import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";

/** The examples directly under examples/ (drafts excluded) are complete projects: the check finds no error. */
const examples = readdirSync("examples", { withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ya?ml|json)$/i.test(e.name))
  .map((e) => `examples/${e.name}`);

describe.skipIf(examples.length === 0)("examples/*: complete projects reach 0 errors against the guide", () => {
  it.each(examples)("%s", async (file) => {
    const loaded = await loadProjectFile(file);
    const validation = validateProject(loaded);
    expect(validation.problems).toEqual([]);
    if (!validation.valid) return;
    const { findings } = checkProject(validation.project, loaded.source);
    const errors = findings.filter((f) => f.severity === "error").map((f) => `${f.file}:${f.line}:${f.column} ${f.requirement} ${f.message}`);
    expect(errors).toEqual([]);
  });
});
