import type { CheckSummary, GridStatus, Severity } from "./types.js";

/** French words for the CLI and the documents. */
export const SEVERITY_LABELS: Record<Severity, { one: string; many: string }> = {
  error: { one: "erreur", many: "erreurs" },
  warning: { one: "avertissement", many: "avertissements" },
  info: { one: "information", many: "informations" },
};

export const GRID_STATUS_LABELS: Record<GridStatus, string> = {
  satisfied: "satisfaite",
  missing: "manquante",
  "not-applicable": "non applicable",
  "not-checked": "non vérifiée",
};

/** French plural: 0 and 1 take the singular. */
const count = (n: number, { one, many }: { one: string; many: string }) => `${n} ${n > 1 ? many : one}`;

/** `2 erreurs, 5 avertissements, 1 information — 33/36 exigences du guide satisfaites` */
export function summaryLine(summary: CheckSummary): string {
  const findings = [
    count(summary.errors, SEVERITY_LABELS.error),
    count(summary.warnings, SEVERITY_LABELS.warning),
    count(summary.infos, SEVERITY_LABELS.info),
  ].join(", ");
  const requirements = summary.satisfied > 1 ? "exigences du guide satisfaites" : "exigence du guide satisfaite";
  return `${findings} — ${summary.satisfied}/${summary.total} ${requirements}`;
}
