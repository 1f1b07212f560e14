/**
 * What a publishable consultation cannot do without, beyond the guide: the parameters of the
 * clauses the cahier des charges states (`tender`). Reported by `check` under the project's own
 * identifier MAR-1, outside the guide's conformity grid; like the guide's errors, they stop
 * `generate` unless `--draft`.
 */
import type { PathSegment } from "../common/json-path.js";
import type { TrainingProject } from "../schema/index.js";
import { error } from "./finding.js";
import type { RuleFinding } from "./types.js";

export const TENDER_REQUIREMENT = { id: "MAR-1", section: "marché" } as const;

/** The path of `key` under `tender`, or of the nearest object that exists (for the finding's position). */
function at(tender: Record<string, unknown>, ...keys: string[]): PathSegment[] {
  const path: PathSegment[] = ["tender"];
  let node: unknown = tender;
  for (const key of keys) {
    if (!node || typeof node !== "object" || !(key in node)) break;
    path.push(key);
    node = (node as Record<string, unknown>)[key];
  }
  return path;
}

export function checkTender(project: TrainingProject): RuleFinding[] {
  const tender = project.tender;
  if (!tender) return [];
  const findings: RuleFinding[] = [];
  const t = tender as Record<string, unknown>;
  if (!tender.form) {
    findings.push(
      error(
        at(t, "form"),
        "La forme du cahier des charges n'est pas choisie : indiquez dans « tender.form » « ccp » (clauses techniques et administratives dans un seul document) ou « cctp » (clauses techniques ; les clauses administratives sont dans un CCAP distinct).",
      ),
    );
  }
  if (tender.form === "ccp" && !tender.intellectualProperty?.rights) {
    findings.push(
      error(
        at(t, "intellectualProperty", "rights"),
        "Le régime des droits sur les résultats n'est pas choisi : indiquez dans « tender.intellectualProperty.rights » « use » (droit d'utilisation non exclusif, régime du CCAG-PI) ou « assignment » (cession exclusive des droits patrimoniaux).",
      ),
    );
  }
  if (tender.form === "ccp" && tender.contract?.durationMonths === undefined) {
    findings.push(error(at(t, "contract", "durationMonths"), "La durée du marché n'est pas fixée : indiquez-la en mois dans « tender.contract.durationMonths »."));
  }
  if (tender.warranty?.months === undefined) {
    findings.push(
      error(at(t, "warranty", "months"), "La durée de la garantie après réception n'est pas fixée : indiquez-la en mois dans « tender.warranty.months » (0 si aucune)."),
    );
  }
  const lines = (tender.deliverables?.length ?? 0) + (tender.milestones?.length ?? 0) + (tender.pricing?.extraLines?.length ?? 0) + (tender.pricing?.perUnit ? (project.units?.length ?? 0) : 0);
  if (lines === 0) {
    findings.push(
      error(at(t, "deliverables"), "La décomposition des prix n'aurait aucune ligne : listez les livrables (« tender.deliverables ») ou les jalons (« tender.milestones ») que les candidats chiffrent."),
    );
  }
  return findings;
}
