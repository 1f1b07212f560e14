import { expect } from "vitest";
import { checkProject, type CheckResult, type Finding } from "../../src/check/index.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";
import { readFileSync } from "node:fs";

export const FILE = "projet.yaml";

/** Parses, validates (the project must be valid) and checks a YAML project; lines are those of `yaml`. */
export function checkYaml(yaml: string): CheckResult {
  const loaded = parseProjectText(yaml, FILE);
  const validation = validateProject(loaded);
  if (!validation.valid) throw new Error(`invalid fixture: ${JSON.stringify(validation.problems, null, 2)}`);
  return checkProject(validation.project, loaded.source);
}

export function findings(result: CheckResult, requirement: string): Finding[] {
  return result.findings.filter((f) => f.requirement === requirement);
}

export function status(result: CheckResult, requirement: string) {
  return result.grid.find((r) => r.requirement === requirement)?.status;
}

/** 1-based number of the first line of `yaml` that contains `needle` (so tests do not hard-code lines). */
export function lineOf(yaml: string, needle: string, from = 0): number {
  const lines = yaml.split("\n");
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  expect(i, `line containing ${needle}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

export const COMPLETE = readFileSync(new URL("./fixtures/complete.yaml", import.meta.url), "utf8");
