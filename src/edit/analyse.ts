import { stripForbiddenChars } from "../load/forbidden-chars.js";
import { checkProject, type CheckResult, type Finding } from "../check/index.js";
import type { Problem } from "../common/errors.js";
import type { LoadedFile } from "../load/load-project.js";
import type { SourceLocator } from "../load/source-map.js";
import { validateProject } from "../validate/index.js";

/** What the page shows beside the fields: computed by the same code as `validate` and `check`. */
export type Analysis =
  | { valid: false; problems: Pick<Problem, "path" | "message" | "code">[] }
  | {
      valid: true;
      findings: Pick<Finding, "path" | "message" | "severity" | "requirement" | "section">[];
      summary: CheckResult["summary"];
    };

/** The page's data has no lines and columns: problems are tied to fields by their JSON path. */
const noLines = (file: string): SourceLocator => ({ file, locate: () => ({ line: 0, column: 0 }) });

/** The data as a loaded file, for the library's stages: cleaned of what XML forbids, as a file read from disk is. */
export function asLoaded(data: unknown, file: string): LoadedFile {
  const source = noLines(file);
  const cleaned = stripForbiddenChars(data, source);
  return { data: cleaned.data, source, warnings: cleaned.warnings };
}

/** Validates the page's data, then (when valid) checks it against the guide, as `check` does. */
export function analyse(data: unknown, file: string): Analysis {
  const validation = validateProject(asLoaded(data, file));
  if (!validation.valid) {
    return { valid: false, problems: validation.problems.map(({ path, message, code }) => ({ path, message, code })) };
  }
  const check = checkProject(validation.project);
  return {
    valid: true,
    findings: check.findings.map(({ path, message, severity, requirement, section }) => ({ path, message, severity, requirement, section })),
    summary: check.summary,
  };
}
