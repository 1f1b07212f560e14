import type { Problem } from "../common/errors.js";
import type { LoadedFile } from "../load/load-project.js";
import type { TrainingProject } from "../schema/index.js";
import { crossCheckProblems } from "./references.js";
import { schemaErrors } from "./schema-validator.js";
import { schemaProblems } from "./schema-messages.js";

export type ValidationResult =
  | { valid: true; project: TrainingProject; problems: [] }
  | { valid: false; problems: Problem[] };

/**
 * Validates loaded data: the schema first, then (only on data of the right shape) the
 * cross-references the schema cannot express.
 */
export function validateProject(loaded: LoadedFile): ValidationResult {
  const errors = schemaErrors(loaded.data);
  if (errors.length > 0) return { valid: false, problems: schemaProblems(errors, loaded.data, loaded.source) };
  const project = loaded.data as TrainingProject;
  const problems = crossCheckProblems(project, loaded.source);
  return problems.length > 0 ? { valid: false, problems } : { valid: true, project, problems: [] };
}
