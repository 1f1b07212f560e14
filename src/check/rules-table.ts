import { REQUIREMENTS } from "./requirements.js";
import { RULES } from "./rules/index.js";
import { SEVERITY_LABELS } from "./wording.js";

const GUIDE_ORDER = new Map(REQUIREMENTS.map((r, i) => [r.id, i]));

/**
 * The README's rule table, generated from the rules themselves (scripts/gen-rules-table.mjs prints
 * it; a test keeps the README block between `<!-- rules:start -->` and `<!-- rules:end -->` equal to it).
 * Rows follow the order of the guide's requirements table.
 */
export function rulesTable(): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = [...RULES]
    .sort((a, b) => (GUIDE_ORDER.get(a.requirement) ?? Infinity) - (GUIDE_ORDER.get(b.requirement) ?? Infinity))
    .map((rule) => {
      const severities = rule.severities.map((s) => SEVERITY_LABELS[s].one).join(", ");
      return `| ${rule.requirement} | ${cell(rule.section)} | ${severities} | ${cell(rule.checks)} |`;
    });
  return ["| Exigence | Section du guide | Gravité | Ce qui est vérifié |", "|---|---|---|---|", ...rows].join("\n") + "\n";
}
