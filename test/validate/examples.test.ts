/**
 * The bundled examples: every file directly under examples/ is a valid project, declares its
 * schema and its version, and is complete against the guide (no error, no warning from `check`),
 * since users copy them and the documents are demonstrated from them. The large example is exactly
 * what its generator writes, and large enough for the benchmarks.
 */
import { isOrganisational } from "../../src/common/activity-purpose.js";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { allActivities, allResources, allUnits } from "../../src/common/project-walk.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { validateProject } from "../../src/validate/index.js";
// @ts-expect-error: a plain .mjs script, without type declarations.
import { largeExampleText } from "../../scripts/gen-large-example.mjs";

const EXAMPLES = readdirSync("examples")
  .filter((name) => /\.(ya?ml|json)$/.test(name) && statSync(join("examples", name)).isFile())
  .sort();

async function validProject(name: string): Promise<TrainingProject> {
  const loaded = await loadProjectFile(join("examples", name));
  const result = validateProject(loaded);
  expect(result.problems).toEqual([]);
  if (!result.valid) throw new Error("invalid");
  return result.project;
}

describe("bundled examples", () => {
  it("there are at least the three documented examples", () => {
    expect(EXAMPLES).toEqual(
      expect.arrayContaining(["autonomie-accessibilite-numerique.yaml", "hybride-management-equipe.yaml", "grand-parcours.json"]),
    );
  });

  it.each(EXAMPLES)("%s is valid", async (name) => {
    await validProject(name);
  });

  it.each(EXAMPLES)("%s declares its schema and has a meta version and date", async (name) => {
    const text = readFileSync(join("examples", name), "utf8");
    if (name.endsWith(".json")) {
      expect(JSON.parse(text).$schema).toBe("../schemas/training-project.schema.json");
    } else {
      expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../schemas/training-project.schema.json");
    }
    const project = await validProject(name);
    expect(project.meta?.version).toMatch(/^\d+\.\d+$/);
    expect(project.meta?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(EXAMPLES)("%s is complete against the guide: no error, no warning from check (all requirement IDs)", async (name) => {
    const loaded = await loadProjectFile(join("examples", name));
    const result = validateProject(loaded);
    if (!result.valid) throw new Error("invalid");
    const { findings, summary } = checkProject(result.project, loaded.source);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(summary.errors + summary.warnings).toBe(0);
  });

  it.each(EXAMPLES)("%s: every activity has modality, duration, objectives (unless it serves the organisation) and instructions (ACT-2); every resource an instruction and a duration (RES-1, RES-4); tracked items ≤ 15 (ORG-2)", async (name) => {
    const project = await validProject(name);
    const activities = allActivities(project);
    expect(activities.length).toBeGreaterThan(0);
    for (const { activity } of activities) {
      expect(activity.modality, activity.id).toBeDefined();
      expect(activity.duration, activity.id).toBeDefined();
      // An activity of the course's organisation (the evaluation questionnaire…) serves no objective.
      if (!isOrganisational(activity, project)) expect(activity.objectives?.length, activity.id).toBeGreaterThan(0);
      expect(activity.instructions, activity.id).toBeTruthy();
    }
    for (const { resource, activity } of allResources(project)) {
      expect(resource.instructions, resource.title).toBeTruthy();
      expect(resource.duration, resource.title).toBeTruthy();
      expect(activity?.id ?? resource.activity, resource.title).toBeTruthy();
    }
    expect(activities.filter(({ activity }) => activity.tracked).length).toBeLessThanOrEqual(15);
    expect(project.navigation?.mode).toBe("free");
  });
});

describe("the self-paced example", () => {
  it("is 100 % en ligne en autonomie, about 3 h, 3 to 4 units, one with sub-units, with an attestation of participation (MOD-1, UNI-1, REC-2)", async () => {
    const project = await validProject("autonomie-accessibilite-numerique.yaml");
    expect(project.course.modalities).toEqual(["online-self-paced"]);
    expect(project.course.estimatedDuration).toEqual({ online: "3h" });
    expect(project.units?.length).toBeGreaterThanOrEqual(3);
    expect(project.units?.length).toBeLessThanOrEqual(4);
    expect(project.units?.some((u) => (u.units?.length ?? 0) > 0)).toBe(true);
    expect(project.recognition).toMatchObject({ attestation: true, attestationType: "participation" });
  });
});

describe("the hybrid example", () => {
  it("is tutored and hybrid: trainers, BigBlueButton appointments, forum, Etherpad, an on-site day (MOD-1, PRE-1, PRE-3)", async () => {
    const project = await validProject("hybride-management-equipe.yaml");
    expect(project.course.modalities).toContain("hybrid");
    expect(project.session?.trainers?.length).toBeGreaterThan(0);
    const tools = project.session?.appointments?.map((a) => a.tool);
    expect(tools).toContain("bigbluebutton");
    expect(tools).toContain("on-site");
    const kinds = allActivities(project).map(({ activity }) => activity.kind);
    expect(kinds).toEqual(expect.arrayContaining(["forum", "etherpad", "virtual-classroom", "on-site"]));
  });

  it("has a filled-in tender and an open badge (REC-1, TEC-1)", async () => {
    const project = await validProject("hybride-management-equipe.yaml");
    const tender = project.tender!;
    for (const key of ["buyer", "reference", "context", "object", "scope", "deliverables", "milestones", "followUp", "acceptance", "budget", "awardCriteria", "technicalRequirements"] as const) {
      expect(tender[key], key).toBeTruthy();
    }
    expect(tender.deliverables!.every((d) => d.format)).toBe(true);
    expect(tender.awardCriteria!.reduce((sum, c) => sum + (c.weight ?? 0), 0)).toBe(100);
    expect(tender.technicalRequirements?.accessibility).toMatch(/RGAA/);
    expect(project.recognition?.badge).toMatchObject({ enabled: true, baseUrl: expect.stringMatching(/^https:\/\//) });
  });
});

describe("the large example", () => {
  it("is exactly what scripts/gen-large-example.mjs writes (deterministic)", () => {
    const generated = largeExampleText() as string;
    expect(largeExampleText()).toBe(generated);
    expect(readFileSync("examples/grand-parcours.json", "utf8")).toBe(generated);
  });

  it("has at least 30 units and 150 activities, few of them tracked (ORG-2)", async () => {
    const project = await validProject("grand-parcours.json");
    expect(allUnits(project).length).toBeGreaterThanOrEqual(30);
    const activities = allActivities(project);
    expect(activities.length).toBeGreaterThanOrEqual(150);
    expect(activities.filter(({ activity }) => activity.tracked).length).toBeLessThanOrEqual(15);
    // Varied titles: hardly any two activities share one.
    expect(new Set(activities.map(({ activity }) => activity.title)).size).toBeGreaterThan(activities.length * 0.9);
  });
});
