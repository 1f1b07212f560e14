/**
 * Titles of what follows (issue 13, item 4): « Activités de l'unité 1 », « Mes activités »,
 * « Ressources de l'activité », an activity's framed title… are kept with the table or lines they
 * introduce (never alone at the foot of a page), and set off from a table above them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { findDocument } from "../../src/documents/registry.js";
import { renderDocument } from "../../src/docx/render-document.js";
import { STYLE_IDS } from "../../src/docx/styles.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { buildViewModel } from "../../src/model/index.js";
import { validateProject } from "../../src/validate/index.js";
import { docxPart } from "../helpers/docx.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");
const docs: Record<string, { body: string; styles: string }> = {};

beforeAll(async () => {
  const path = join(EXAMPLES, "hybride-management-equipe.yaml");
  const result = validateProject(parseProjectText(readFileSync(path, "utf8"), path));
  if (!result.valid) throw new Error("exemple invalide");
  const vm = buildViewModel(result.project, { draft: false });
  for (const id of ["cahier-des-charges", "livret-formateur", "carnet-de-bord"]) {
    const { buffer } = await renderDocument(findDocument(id)!, vm, { projectDir: EXAMPLES });
    docs[id] = { body: docxPart(buffer), styles: docxPart(buffer, "word/styles.xml") };
  }
});

/** The style id of the paragraph whose text starts with `start`. */
function styleOf(body: string, start: string): string | undefined {
  const escaped = start.replace(/'/g, "&apos;");
  const paragraph = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([p]) => p).find((p) => p.replace(/<[^>]+>/g, "").startsWith(escaped));
  expect(paragraph, start).toBeDefined();
  return /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph!)?.[1];
}

/** The paragraph properties of a style in styles.xml. */
function paragraphPropertiesOf(styles: string, id: string): string {
  const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0];
  expect(style, id).toBeDefined();
  return /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(style!)?.[0] ?? "";
}

describe("titles kept with what they introduce", () => {
  test.each([
    ["cahier-des-charges", "Activités de l’unité 1", STYLE_IDS.label],
    ["cahier-des-charges", "Activité 1.1 – ", STYLE_IDS.box],
    ["livret-formateur", "Déroulé de l’unité", STYLE_IDS.label],
    ["carnet-de-bord", "Mes activités", STYLE_IDS.label],
    ["carnet-de-bord", "Mes notes", STYLE_IDS.label],
    ["carnet-de-bord", "Nom et prénom", STYLE_IDS.label],
  ])("%s: « %s » has the style %s", (id, start, style) => {
    expect(styleOf(docs[id]!.body, start)).toBe(style);
  });

  test.each([STYLE_IDS.label, STYLE_IDS.box])("style %s: kept with the next paragraph, with room above", (id) => {
    const pPr = paragraphPropertiesOf(docs["carnet-de-bord"]!.styles, id);
    expect(pPr).toContain("<w:keepNext/>");
    expect(Number(/<w:spacing [^>]*w:before="(\d+)"/.exec(pPr)?.[1])).toBeGreaterThanOrEqual(160);
  });
});
