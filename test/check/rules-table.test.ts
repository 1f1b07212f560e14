import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rulesBlock, rulesTable, replaceRulesBlock } from "../../src/check/rules-table.js";
import { RULES } from "../../src/check/rules/index.js";

const README = new URL("../../README.md", import.meta.url);

describe("README rule table, generated from the rules", () => {
  it("has one row per rule with its ID, section, French severities and what it checks", () => {
    const table = rulesTable();
    const rows = table.trim().split("\n").slice(2);
    expect(rows).toHaveLength(RULES.length);
    const act2 = rows.find((r) => r.startsWith("| ACT-2 |"))!;
    expect(act2).toContain("| D.3 | erreur |");
    const fic1 = rows.find((r) => r.startsWith("| FIC-1 |"))!;
    expect(fic1).toContain("| erreur, information |");
    for (const rule of RULES) expect(table).toContain(rule.checks.replace(/\|/g, "\\|"));
  });

  it("replaces only the block between the markers", () => {
    const readme = "# Titre\n\n<!-- rules:start -->\nancien\n<!-- rules:end -->\n\nSuite\n";
    const updated = replaceRulesBlock(readme)!;
    expect(rulesBlock(updated)).toBe(rulesTable());
    expect(updated.startsWith("# Titre\n\n<!-- rules:start -->\n")).toBe(true);
    expect(updated.endsWith("<!-- rules:end -->\n\nSuite\n")).toBe(true);
    expect(replaceRulesBlock("pas de marqueurs")).toBeUndefined();
  });

  const readme = existsSync(README) ? readFileSync(README, "utf8") : "";
  const block = rulesBlock(readme);
  it.runIf(block !== undefined)("the README block equals the generated table (regenerate: node scripts/gen-rules-table.mjs --write)", () => {
    expect(block).toBe(rulesTable());
  });
});
