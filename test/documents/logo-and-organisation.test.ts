/**
 * Logo and organisation (issue 13, item 4): every document of the hybrid example, whose producer
 * has a logo, opens with the logo and then the organisation: on the cover of the four long
 * documents, atop the attestation's single page (smaller there, to keep it one page).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { documents } from "../../src/documents/registry.js";
import { renderDocument } from "../../src/docx/render-document.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { buildViewModel } from "../../src/model/index.js";
import { validateProject } from "../../src/validate/index.js";
import { docxPart } from "../helpers/docx.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");
const ORGANISATION = "Centre de valorisation des ressources humaines de Lyon";
const EMU_PER_CM = 360000;

/** The first paragraphs of each document's body, as XML. */
const opening: Record<string, string[]> = {};

beforeAll(async () => {
  const path = join(EXAMPLES, "hybride-management-equipe.yaml");
  const result = validateProject(parseProjectText(readFileSync(path, "utf8"), path));
  if (!result.valid) throw new Error("exemple invalide");
  expect(result.project.course?.producer?.logo).toBe("logo-cvrh-lyon.png");
  const vm = buildViewModel(result.project, { draft: false });
  for (const definition of documents) {
    const { buffer } = await renderDocument(definition, vm, { projectDir: EXAMPLES });
    opening[definition.id] = [...docxPart(buffer).matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].slice(0, 2).map(([xml]) => xml);
  }
});

/** The logo's size on the page, in centimetres. */
function logoSize(xml: string): { width: number; height: number } {
  const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
  expect(extent).not.toBeNull();
  return { width: Number(extent![1]) / EMU_PER_CM, height: Number(extent![2]) / EMU_PER_CM };
}

describe("logo and organisation", () => {
  test.each(documents.map((d) => d.id))("%s: the logo (with its alternative text), then the organisation", (id) => {
    const [logo, organisation] = opening[id]!;
    expect(logo).toMatch(new RegExp(`<wp:docPr [^>]*descr="Logo de ${ORGANISATION}"`));
    expect(organisation).toContain(ORGANISATION);
  });

  test("the attestation's logo is smaller than the covers' (at most 1.6 cm high)", () => {
    const onAttestation = logoSize(opening.attestation![0]!);
    const onCover = logoSize(opening["cahier-des-charges"]![0]!);
    expect(onAttestation.height).toBeLessThanOrEqual(1.6);
    expect(onAttestation.height).toBeLessThan(onCover.height);
    expect(opening.attestation![0]).toContain('<w:jc w:val="center"/>');
  });
});
