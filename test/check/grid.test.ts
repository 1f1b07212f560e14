import { describe, expect, it } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { REQUIREMENTS } from "../../src/check/requirements.js";
import { summaryLine } from "../../src/check/wording.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { COMPLETE, checkYaml, status } from "./helpers.js";

describe("conformity grid", () => {
  it("has one row per requirement of the guide, in the table's order", () => {
    const result = checkYaml("course:\n  title: T\n");
    expect(result.grid.map((r) => r.requirement)).toEqual(REQUIREMENTS.map((r) => r.id));
    expect(result.summary.total).toBe(REQUIREMENTS.length);
  });

  it("MOD-2, PRE-1, EVA-4 are not applicable without synchronous activity, tutored modality or evaluated activity; EVA-2 in a certifying course", () => {
    const result = checkYaml("course:\n  title: T\n  certifying: true\n  modalities: [online-self-paced]\n");
    for (const id of ["MOD-2", "PRE-1", "EVA-4", "EVA-2", "ACT-2"]) expect(status(result, id), id).toBe("not-applicable");
  });

  it("ENT-2, AUT-2 and FIC-1's trailer: information alone does not make a requirement missing", () => {
    const withoutTrailer = COMPLETE.replace(/^\s*trailer:.*\n/m, "").replace(/^\s*positioning: true\n/m, "");
    const result = checkYaml(withoutTrailer);
    expect(result.findings.map((f) => [f.requirement, f.severity])).toEqual(
      expect.arrayContaining([
        ["FIC-1", "info"],
        ["ENT-2", "info"],
      ]),
    );
    expect(status(result, "FIC-1")).toBe("satisfied");
    expect(status(result, "ENT-2")).toBe("satisfied");
    expect(result.grid.find((r) => r.requirement === "FIC-1")!.findings).toHaveLength(1);
  });

  it("requirements without a check are 'not-checked', or 'satisfied' when the data shows them (AUT-3, PRE-3, TEC-1)", () => {
    expect(status(checkYaml("course:\n  title: T\n"), "AUT-3")).toBe("not-checked");
    const shown = checkYaml(
      "course:\n  title: T\nwelcome:\n  overview: { form: infographic }\npresence:\n  tools: [forum]\ntender:\n  technicalRequirements: { reference: Exigences techniques v3 }\n",
    );
    for (const id of ["AUT-3", "PRE-3", "TEC-1"]) expect(status(shown, id), id).toBe("satisfied");
  });

  it("counts findings and satisfied requirements in the summary", () => {
    const result = checkYaml("course:\n  title: T\n");
    const { summary, findings, grid } = result;
    expect(summary.errors).toBe(findings.filter((f) => f.severity === "error").length);
    expect(summary.warnings).toBe(findings.filter((f) => f.severity === "warning").length);
    expect(summary.infos).toBe(findings.filter((f) => f.severity === "info").length);
    expect(summary.satisfied).toBe(grid.filter((r) => r.status === "satisfied").length);
    expect(summary.errors).toBeGreaterThan(0);
  });

  it("without a source locator, findings have line and column 0", () => {
    const result = checkProject({ course: { title: "T" } } as TrainingProject);
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) expect([f.file, f.line, f.column]).toEqual(["", 0, 0]);
  });

  it("writes the summary with French plurals (0 and 1 singular)", () => {
    const line = (errors: number, warnings: number, infos: number, satisfied: number) =>
      summaryLine({ errors, warnings, infos, satisfied, total: 37 });
    expect(line(2, 5, 1, 33)).toBe("2 erreurs, 5 avertissements, 1 information — 33/37 exigences du guide satisfaites");
    expect(line(0, 1, 0, 1)).toBe("0 erreur, 1 avertissement, 0 information — 1/37 exigence du guide satisfaite");
  });
});
