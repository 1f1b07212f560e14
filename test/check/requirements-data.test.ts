/**
 * The guide's requirements as the project carries them (src/check/guide-requirements.json), and
 * the checker's rules against them. When the guide's own index lies beside the repository
 * (../shared/guide/requirements.md, as on the developers' machines), the data is compared with it;
 * on a clone with nothing beside it that comparison is skipped, with one line saying so.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REQUIREMENTS } from "../../src/check/requirements.js";
import { RULES } from "../../src/check/rules/index.js";

const GUIDE_INDEX = fileURLToPath(new URL("../../../shared/guide/requirements.md", import.meta.url));
const guideIndexPresent = existsSync(GUIDE_INDEX);
if (!guideIndexPresent) console.info(`Comparaison avec l'index du guide ignorée : ${GUIDE_INDEX} est absent.`);

describe("the project's requirement data", () => {
  it("has the guide's 37 requirements, unique stable IDs, a French label and the documents each is rendered in", () => {
    expect(REQUIREMENTS.length).toBeGreaterThanOrEqual(37);
    expect(new Set(REQUIREMENTS.map((r) => r.id)).size).toBe(REQUIREMENTS.length);
    for (const r of REQUIREMENTS) {
      expect(r.id).toMatch(/^[A-Z]{3}-\d+$/);
      expect(r.section, r.id).toMatch(/^[A-G](\.\d+)?/);
      expect(r.label.length, r.id).toBeGreaterThan(10);
      expect(r.renderedIn.length, r.id).toBeGreaterThan(0);
    }
  });

  it("every checked requirement has a rule, with the severities and section the data names", () => {
    for (const req of REQUIREMENTS.filter((r) => r.check)) {
      const rule = RULES.find((r) => r.requirement === req.id);
      expect(rule, `no rule for ${req.id}`).toBeDefined();
      expect([...rule!.severities].sort(), req.id).toEqual([...req.check!.severities].sort());
      expect(rule!.section, req.id).toBe(req.section);
    }
  });

  it("no rule exists for an unknown ID or for a requirement the guide leaves unchecked", () => {
    const checked = new Set(REQUIREMENTS.filter((r) => r.check).map((r) => r.id));
    for (const rule of RULES) expect(checked.has(rule.requirement), rule.requirement).toBe(true);
    expect(new Set(RULES.map((r) => r.requirement)).size).toBe(RULES.length);
  });
});

interface GuideRow {
  id: string;
  section: string;
  renderedIn: string[];
  check: string;
}

/** Rows of the guide's index: `| ACT-2 | D.3 | text | CDC, LIV | error for each missing field |`. */
function parseGuideIndex(markdown: string): GuideRow[] {
  return markdown
    .split("\n")
    .filter((line) => /^\|\s*[A-Z]{3}-\d+\s*\|/.test(line))
    .map((line) => {
      const cells = line.split("|").slice(1, -1).map((c) => c.trim());
      return { id: cells[0]!, section: cells[1]!, renderedIn: cells[3]!.split(",").map((d) => d.trim()), check: cells[4]! };
    });
}

describe.skipIf(!guideIndexPresent)("the project's requirement data agrees with the guide's own index", () => {
  const rows = guideIndexPresent ? parseGuideIndex(readFileSync(GUIDE_INDEX, "utf8")) : [];

  it("same IDs in the same order, same sections, same documents, same check column", () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(REQUIREMENTS.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    for (const row of rows) {
      const req = REQUIREMENTS.find((r) => r.id === row.id)!;
      expect(req.section, row.id).toBe(row.section);
      expect(req.renderedIn, row.id).toEqual(row.renderedIn);
      expect(req.check?.when ?? "—", row.id).toBe(row.check);
    }
  });
});
