import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseProjectText } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";
import { anyJson, mutate, runs, validProject } from "./arbitraries.js";

describe("property: validation of arbitrary projects", () => {
  it("every arbitrary valid project validates", () => {
    fc.assert(
      fc.property(validProject, (project) => {
        const result = validateProject(parseProjectText(JSON.stringify(project), "p.json"));
        expect(result.problems).toEqual([]);
      }),
      runs(100),
    );
  });

  it("a mutated project either still validates or fails with errors that each name a path and a position", () => {
    fc.assert(
      fc.property(validProject, fc.array(fc.nat(), { minLength: 1, maxLength: 1 }), anyJson, (project, pick, value) => {
        const mutated = mutate(project, pick, value);
        const result = validateProject(parseProjectText(JSON.stringify(mutated, null, 2), "p.json"));
        for (const problem of result.problems) {
          expect(problem.message.length).toBeGreaterThan(5);
          expect(problem.line).toBeGreaterThan(0);
          expect(problem.column).toBeGreaterThan(0);
          // Only a wholly replaced document has no path to name.
          if (mutated === value) continue;
          expect(problem.path).not.toBe("");
        }
      }),
      runs(300),
    );
  });
});
