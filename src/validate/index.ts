import type { Problem } from "../common/errors.js";
import type { LoadedFile } from "../load/load-project.js";
import type { TrainingProject } from "../schema/index.js";
import { limitProblems } from "./limits.js";
import { crossCheckProblems } from "./references.js";
import { schemaErrors } from "./schema-validator.js";
import { schemaProblems } from "./schema-messages.js";

export type ValidationResult =
  | { valid: true; project: TrainingProject; problems: [] }
  | { valid: false; problems: Problem[] };

/**
 * Validates loaded data against the schema, and checks what the schema cannot express (unique ids,
 * resolved references, dates in order). Both kinds are reported together, so a file is fixed in
 * one go; on data the schema refused, the cross-checks are a best effort (see below).
 */
export function validateProject(loaded: LoadedFile): ValidationResult {
  // A project beyond the supported size is judged on that alone: the rest would take its time.
  const tooLarge = limitProblems(loaded.data, loaded.source);
  if (tooLarge.length > 0) return { valid: false, problems: tooLarge };
  const errors = schemaErrors(loaded.data);
  if (errors.length > 0) {
    const problems = schemaProblems(errors, loaded.data, loaded.source);
    return { valid: false, problems: [...problems, ...crossChecksBesides(problems, loaded)].sort(byPosition) };
  }
  const project = loaded.data as TrainingProject;
  const problems = crossCheckProblems(project, loaded.source);
  return problems.length > 0 ? { valid: false, problems } : { valid: true, project, problems: [] };
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
