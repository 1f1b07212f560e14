import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REQUIREMENTS } from "../../src/check/requirements.js";
import { RULES } from "../../src/check/rules/index.js";

/** The guide's requirements table lives beside the repository (CI has it at ../shared/guide/); missing, the test fails. */
const TABLE = new URL("../../../shared/guide/requirements.md", import.meta.url);

interface Row {
  id: string;
  section: string;
  renderedIn: string[];
  check: string;
}

function parseTable(markdown: string): Row[] {
  return markdown
    .split("\n")
    .filter((line) => /^\|\s*[A-Z]{3}-\d+\s*\|/.test(line))
    .map((line) => {
      const cells = line.split("|").slice(1, -1).map((c) => c.trim());
      return {
        id: cells[0]!,
        section: cells[1]!,
        renderedIn: cells[3]!.split(",").map((d) => d.trim()),
        check: cells[4]!,
      };
    });
}

/** The severities a "check" cell names: "error if …; info if …" → error, info. */
function severitiesIn(check: string): string[] {
  return ["error", "warning", "info"].filter((s) => new RegExp(`\\b${s}\\b`).test(check));
}

describe("requirements table (shared/guide/requirements.md)", () => {
  const rows = parseTable(readFileSync(TABLE, "utf8"));

  it("is parsed", () => {
    expect(rows.length).toBeGreaterThan(30);
  });

  it("matches the table in code: IDs, sections, rendered-in, in order", () => {
    expect(REQUIREMENTS.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    for (const row of rows) {
      const req = REQUIREMENTS.find((r) => r.id === row.id)!;
      expect(req.section, row.id).toBe(row.section);
      expect(req.renderedIn, row.id).toEqual(row.renderedIn);
      expect(req.label.length, row.id).toBeGreaterThan(10);
    }
  });

  it("every requirement whose check column is not « — » has a rule, with the severities the column names", () => {
    for (const row of rows.filter((r) => r.check !== "—")) {
      const rule = RULES.find((r) => r.requirement === row.id);
      expect(rule, `no rule for ${row.id}`).toBeDefined();
      expect([...rule!.severities].sort(), row.id).toEqual(severitiesIn(row.check).sort());
      expect(rule!.section, row.id).toBe(row.section);
    }
  });

  it("no rule exists for an unknown ID or for a requirement the guide leaves unchecked", () => {
    const checked = new Set(rows.filter((r) => r.check !== "—").map((r) => r.id));
    for (const rule of RULES) expect(checked.has(rule.requirement), rule.requirement).toBe(true);
    expect(new Set(RULES.map((r) => r.requirement)).size).toBe(RULES.length);
  });
});
