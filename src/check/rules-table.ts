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

const START = "<!-- rules:start -->";
const END = "<!-- rules:end -->";

/** The block between the README's markers, or undefined when the markers are absent. */
export function rulesBlock(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + START.length, end).replace(/^\r?\n/, "");
}

/** The README with its rule table regenerated, or undefined when the markers are absent. */
export function replaceRulesBlock(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + START.length)}\n${rulesTable()}${readme.slice(end)}`;
}
