import type { Problem } from "../common/errors.js";
import type { LoadedFile } from "../load/load-project.js";
import type { TrainingProject } from "../schema/index.js";
import { limitProblems } from "./limits.js";
import { crossCheckProblems } from "./references.js";
import { schemaErrors } from "./schema-validator.js";
import { schemaProblems } from "./schema-messages.js";
import { findRenamedValues, renamedValueWarning, withCurrentValues } from "./renamed-values.js";

export type ValidationResult =
  | { valid: true; project: TrainingProject; problems: []; warnings: Problem[] }
  | { valid: false; problems: Problem[]; warnings: Problem[] };

/**
 * Validates loaded data against the schema, and checks what the schema cannot express (unique ids,
 * resolved references, dates in order). Both kinds are reported together, so a file is fixed in
 * one go; on data the schema refused, the cross-checks are a best effort (see below).
 */
export function validateProject(loaded: LoadedFile): ValidationResult {
  // A project beyond the supported size is judged on that alone: the rest would take its time.
  const tooLarge = limitProblems(loaded.data, loaded.source);
  if (tooLarge.length > 0) return { valid: false, problems: tooLarge, warnings: [] };
  // Former values (`presentiel`, `inscriptionlibre`…) still work in this version: they are read as
  // their current names, with a located warning that names the new value.
  const renamed = findRenamedValues(loaded.data);
  const warnings = dedupeByPlace(renamed.map((r) => renamedValueWarning(r, loaded.source)));
  const current = { ...loaded, data: withCurrentValues(loaded.data, renamed) };
  const errors = schemaErrors(current.data);
  if (errors.length > 0) {
    const problems = schemaProblems(errors, current.data, current.source);
    return { valid: false, problems: [...problems, ...crossChecksBesides(problems, current)].sort(byPosition), warnings };
  }
  const project = current.data as TrainingProject;
  const problems = crossCheckProblems(project, current.source);
  return problems.length > 0 ? { valid: false, problems, warnings } : { valid: true, project, problems: [], warnings };
}

/** A value shared through a YAML anchor is written once: one warning where it is written. */
function dedupeByPlace(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.line}:${p.column}:${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(byPosition);
}

/**
 * The cross-checks of data the schema refused, away from the places it refused: a value of the
 * wrong type there would only give a second, confusing message. Data too far from a project's
 * shape for the checks to walk it gives none.
 */
function crossChecksBesides(refused: readonly Problem[], loaded: LoadedFile): Problem[] {
  if (!loaded.data || typeof loaded.data !== "object" || Array.isArray(loaded.data)) return [];
  let problems: Problem[];
  try {
    problems = crossCheckProblems(loaded.data as TrainingProject, loaded.source);
  } catch {
    return [];
  }
  const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b === "";
  return problems.filter((p) => !refused.some((r) => related(p.path, r.path) || related(r.path, p.path)));
}

const byPosition = (a: Problem, b: Problem) => a.line - b.line || a.column - b.column;
