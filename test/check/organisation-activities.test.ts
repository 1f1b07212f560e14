/**
 * Activities of the course's organisation (issue 16): the evaluation questionnaire, a welcome or
 * positioning activity. ACT-2 does not ask them for objectives, and the objective-coverage tables
 * leave them out; `purpose` says it, or it is inferred for the evaluation questionnaire and for a
 * positioning activity that names no objective.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { livretFormateur } from "../../src/documents/livret-formateur.js";
import { renderDocument } from "../../src/documents/definition.js";
import { buildViewModel } from "../../src/model/index.js";
import { checkYaml, findings } from "./helpers.js";

const root = new URL("../..", import.meta.url).pathname;
const HYBRID = readFileSync(`${root}examples/hybride-management-equipe.yaml`, "utf8");
const QUESTIONNAIRE = "      - id: a6-questionnaire\n";

const objectivesErrors = (yaml: string) => findings(checkYaml(yaml), "ACT-2").filter((f) => f.path.endsWith(".objectives"));

describe("organisation activities", () => {
  it("the evaluation questionnaire is not asked for objectives; a learning activity still is", () => {
    expect(HYBRID).toContain(QUESTIONNAIRE);
    expect(objectivesErrors(HYBRID)).toEqual([]);
    // The same questionnaire declared a learning activity: its missing objectives are an error again.
    const learning = HYBRID.replace(QUESTIONNAIRE, `${QUESTIONNAIRE}        purpose: learning\n`);
    expect(objectivesErrors(learning).map((f) => f.message)).toEqual([expect.stringMatching(/Questionnaire d'évaluation de la formation.*objectifs/)]);
  });

  it("purpose: organisation frees any activity from objectives; an activity with neither is an error", () => {
    const ID = "      - id: a1-classe-lancement\n";
    const OBJECTIVES = "        duration: 1h30\n        objectives: [obj-posture]\n";
    const block = HYBRID.indexOf(ID);
    expect(HYBRID.indexOf(OBJECTIVES, block)).toBeGreaterThan(block);
    const withoutObjectives = HYBRID.slice(0, block) + HYBRID.slice(block).replace(OBJECTIVES, "        duration: 1h30\n");
    expect(objectivesErrors(withoutObjectives).map((f) => f.message)).toEqual([expect.stringMatching(/Classe virtuelle de lancement.*objectifs/)]);
    expect(objectivesErrors(withoutObjectives.replace(ID, `${ID}        purpose: organisation\n`))).toEqual([]);
  });

  it("stays out of the objective-coverage tables even when it names objectives, and its card says why it has none", async () => {
    const withObjectives = HYBRID.replace(QUESTIONNAIRE, `${QUESTIONNAIRE}        objectives: [obj-posture]\n        purpose: organisation\n`);
    const result = checkYaml(withObjectives);
    const { parseProjectText } = await import("../../src/load/load-project.js");
    const { validateProject } = await import("../../src/validate/index.js");
    const validation = validateProject(parseProjectText(withObjectives, "projet.yaml"));
    if (!validation.valid) throw new Error("invalid");
    const vm = buildViewModel(validation.project, { check: result });
    const questionnaire = vm.activities.find((a) => a.id === "a6-questionnaire")!;
    expect(questionnaire.organisational).toBe(true);
    expect(questionnaire.objectiveRefs).toEqual([]);
    for (const objective of vm.objectives) expect(objective.activities.map((a) => a.id)).not.toContain("a6-questionnaire");
    const { html } = await renderDocument(livretFormateur, vm, { projectDir: `${root}examples` });
    // One card says it has no objectives, and why: the questionnaire's (the only organisation activity).
    expect(html.match(/Objectifs visés<\/td><td>Aucun\s:\sactivité d’organisation de la formation/g)).toHaveLength(1);
  });
});
