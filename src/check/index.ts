import { formatPath } from "../common/json-path.js";
import type { SourceLocator } from "../load/source-map.js";
import type { TrainingProject } from "../schema/index.js";
import { buildContext } from "./context.js";
import { EVIDENCE } from "./evidence.js";
import { REQUIREMENTS } from "./requirements.js";
import { RULES } from "./rules/index.js";
import { checkTender, TENDER_REQUIREMENT } from "./tender-rules.js";
import type { CheckResult, Finding, GridRow, Rule, Severity } from "./types.js";

export type { Finding, Rule, RuleFinding, Severity, CheckContext, CheckSettings, GridStatus, GridRow, CheckSummary, CheckResult } from "./types.js";
export { REQUIREMENTS, DOCUMENT_NAMES, requirement, type Requirement, type DocumentCode } from "./requirements.js";
export { RULES } from "./rules/index.js";
export { DEFAULT_INSTITUTIONAL_HOSTS } from "./hosts.js";
export { DEFAULT_TRACKING_THRESHOLD, DEFAULT_DURATION_TOLERANCE } from "./context.js";
export { rulesTable } from "./rules-table.js";
export { summaryLine, GRID_STATUS_LABELS, SEVERITY_LABELS } from "./wording.js";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const rulesById = new Map<string, Rule>(RULES.map((r) => [r.requirement, r]));

/**
 * Checks a valid project against the guide: findings (sorted by position in the file) and the
 * conformity grid, one row per requirement. Without `source`, findings have line and column 0.
 * Pure: the same project always gives the same result.
 */
export function checkProject(project: TrainingProject, source?: SourceLocator): CheckResult {
  const ctx = buildContext(project);
  const findings: Finding[] = [];
  const grid: GridRow[] = REQUIREMENTS.map((req): GridRow => {
    const rule = rulesById.get(req.id);
    const row = { requirement: req.id, section: req.section, label: req.label, renderedIn: [...req.renderedIn] };
    if (!rule) {
      const evidence = EVIDENCE[req.id];
      return { ...row, status: evidence?.(ctx) ? "satisfied" : "not-checked", findings: [] };
    }
    if (rule.applies && !rule.applies(ctx)) return { ...row, status: "not-applicable", findings: [] };
    const own: Finding[] = rule.check(ctx).map((f) => {
      const { line, column } = source ? source.locate(f.path) : { line: 0, column: 0 };
      return {
        requirement: rule.requirement,
        section: rule.section,
        severity: f.severity,
        message: f.message,
        path: formatPath(f.path),
        file: source?.file ?? "",
        line,
        column,
      };
    });
    findings.push(...own);
    // Information is advice: it does not make the requirement missing.
    const missing = own.some((f) => f.severity !== "info");
    return { ...row, status: missing ? "missing" : "satisfied", findings: own };
  });
  // The consultation's own parameters (not a guide requirement: outside the grid).
  for (const f of checkTender(project)) {
    const { line, column } = source ? source.locate(f.path) : { line: 0, column: 0 };
    findings.push({ requirement: TENDER_REQUIREMENT.id, section: TENDER_REQUIREMENT.section, severity: f.severity, message: f.message, path: formatPath(f.path), file: source?.file ?? "", line, column });
  }
  findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.requirement.localeCompare(b.requirement),
  );
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    grid,
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      satisfied: grid.filter((r) => r.status === "satisfied").length,
      total: grid.length,
    },
  };
}
