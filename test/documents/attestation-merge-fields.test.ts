import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fill, findMergeFields, prepareTemplate } from "../../src/attestations/fill.js";
import type { DocumentDefinition } from "../../src/documents/definition.js";
import { checkAccessibility } from "../../src/docx/accessibility.js";
import { renderDocument } from "../../src/docx/render-document.js";
import { fixtureViewModel, fixturesDir } from "../engine/fixture.js";
import { docxPart, docxText } from "../helpers/docx.js";

/**
 * The engine's mail-merge hook (src/docx/merge-fields.ts) and the frame without cover, on a small
 * template of their own: `<span class="champ-fusion">name</span>` becomes `MERGEFIELD name`.
 */
let root: string;
const definition = (template: string, cover = false): DocumentDefinition => ({
  id: "essai-fusion",
  title: "Essai de champs de fusion",
  template,
  templateRoot: root,
  frame: { cover, toc: false },
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "merge-fields-"));
  const write = async (name: string, hbs: string) => {
    await mkdir(join(root, name), { recursive: true });
    await writeFile(join(root, name, "document.hbs"), hbs);
  };
  await write(
    "fields",
    `<h1>Attestation</h1>
<p>Décernée à <strong><span class="champ-fusion">prenom</span> <span class="champ-fusion">nom</span></strong> pour {{course.title}}.</p>
<p>Achevée le <span class="champ-fusion">date_achevement</span>.</p>`,
  );
  await write("bad", `<h1>Essai</h1><p>Champ <span class="champ-fusion">nom de famille</span>.</p>`);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("merge fields (ATT): a template's champ-fusion span becomes a Word MERGEFIELD", () => {
  test("fields written as complex MERGEFIELDs (as Word writes them), with the formatting of their text, found and filled by attestations", async () => {
    const { buffer, warnings } = await renderDocument(definition("fields"), fixtureViewModel(), { projectDir: fixturesDir });
    expect(warnings).toEqual([]);
    const xml = docxPart(buffer);
    expect(xml).not.toContain("w:fldSimple");
    const fields = [
      ...xml.matchAll(/<w:instrText xml:space="preserve"> MERGEFIELD (\w+) <\/w:instrText><\/w:r><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/><\/w:r>([\s\S]*?)<w:fldChar w:fldCharType="end"\/>/g),
    ];
    expect(fields.map((m) => m[1])).toEqual(["prenom", "nom", "date_achevement"]);
    // The shown result is « «nom» », bold inside <strong>, and the marker style is gone.
    expect(fields[1]![2]).toMatch(/<w:b\/>[\s\S]*«nom»/);
    expect(xml).not.toContain("ChampFusion");
    expect(docxText(buffer)).toContain("Décernée à «prenom» «nom» pour");

    const template = prepareTemplate(buffer);
    expect(template.fields).toEqual(["prenom", "nom", "date_achevement"]);
    const one = docxText(fill(template, { prenom: "Léa", nom: "Dupont & fils", date_achevement: "9 mars 2026" }));
    expect(one).toContain("Décernée à Léa Dupont & fils pour");
    expect(one).toContain("Achevée le 9 mars 2026.");
  });

  test("the text of the project never becomes a field (it is escaped)", async () => {
    const vm = fixtureViewModel((p) => {
      p.course.title = '<span class="champ-fusion">nom</span>';
    });
    const { buffer } = await renderDocument(definition("fields"), vm, { projectDir: fixturesDir });
    expect(findMergeFields(docxPart(buffer)).map((s) => s.name)).toEqual(["prenom", "nom", "date_achevement"]);
    expect(docxText(buffer)).toContain('pour <span class="champ-fusion">nom</span>.');
  });

  test("a name Word does not accept is left as text, with a French warning", async () => {
    const { buffer, warnings } = await renderDocument(definition("bad"), fixtureViewModel(), { projectDir: fixturesDir });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("« nom de famille »");
    expect(docxPart(buffer)).not.toContain("MERGEFIELD");
    expect(docxText(buffer)).toContain("Champ nom de famille.");
  });

  test("frame without cover: the content starts the document, no title page, no table of contents", async () => {
    const without = await renderDocument(definition("fields"), fixtureViewModel(), { projectDir: fixturesDir });
    const xml = docxPart(without.buffer);
    const body = xml.slice(xml.indexOf("<w:body>"));
    expect(/<w:p\b[\s\S]*?<\/w:p>/.exec(body)![0]).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).not.toContain('w:val="Title"');
    expect(xml).not.toContain('w:val="Sous-titre"');
    expect(xml).not.toMatch(/<w:br w:type="page"\/>|<w:pageBreakBefore\/>/);
    expect(checkAccessibility(without.buffer, { requireToc: false })).toEqual([]);
    expect(checkAccessibility(without.buffer)).toEqual(["Le document n'a pas de table des matières."]);
    // The default frame keeps its cover.
    const withCover = await renderDocument(definition("fields", true), fixtureViewModel(), { projectDir: fixturesDir });
    expect(docxPart(withCover.buffer)).toContain('w:val="Title"');
    expect(docxPart(withCover.buffer)).toContain("<w:pageBreakBefore/>");
  });
});
