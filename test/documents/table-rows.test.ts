/**
 * Table rows across pages (issue 13, item 4): rows kept whole, header rows kept with the row under
 * them, and no row lost by LibreOffice 7.4, whose layout left rows out of tables it had joined
 * (src/docx/table-rows.ts). Without tablesApart, the hybrid example's cahier des charges loses an
 * activity's rows here.
 */
import { dirname } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { renderDocument } from "../../src/documents/definition.js";
import { findDocument } from "../../src/documents/registry.js";
import { keepTableRowsWhole, tablesApart } from "../../src/docx/table-rows.js";
import { docxPart, xmlText } from "../helpers/docx.js";
import { docxToPdf, libreOfficeMissing, type PdfResult } from "../helpers/libreoffice.js";
import { squash } from "./livret-formateur-helpers.js";
import { load, viewModelOf } from "./projects.js";

const HEADER = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:p><w:pPr><w:pStyle w:val="X"/><w:jc w:val="left"/></w:pPr><w:r><w:t>Rubrique</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Contenu</w:t></w:r></w:p></w:tc></w:tr>`;
const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const bodyRow = (text: string, cantSplit = true) => `<w:tr>${cantSplit ? "<w:trPr><w:cantSplit/></w:trPr>" : ""}${cell("Durée")}${cell(text)}</w:tr>`;

describe("keepTableRowsWhole", () => {
  it("takes w:cantSplit off header rows and keeps each of their paragraphs with the next, in schema order", () => {
    const out = keepTableRowsWhole(HEADER);
    expect(out).not.toContain("<w:cantSplit/>");
    expect(out).toContain("<w:tblHeader/>");
    expect(out).toContain(`<w:pPr><w:pStyle w:val="X"/><w:keepNext/><w:jc w:val="left"/></w:pPr>`);
    expect(out).toContain(`<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:t>Contenu</w:t>`);
    // Applied twice (a reference document's part already finished), still one keepNext each.
    expect(keepTableRowsWhole(out).match(/<w:keepNext\/>/g)).toHaveLength(2);
  });

  it("leaves body rows as the template asked: kept whole, or free to split", () => {
    expect(keepTableRowsWhole(bodyRow("10 min"))).toBe(bodyRow("10 min"));
    expect(keepTableRowsWhole(bodyRow("10 min", false))).toBe(bodyRow("10 min", false));
  });

  it("lets a row too tall for one page split (a long list of activities in one cell)", () => {
    const tall = `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell("Activités")}<w:tc>${"<w:p><w:r><w:t>2.a.1 – Exercice</w:t></w:r></w:p>".repeat(40)}</w:tc></w:tr>`;
    expect(keepTableRowsWhole(tall)).not.toContain("<w:cantSplit/>");
    const long = bodyRow("mot ".repeat(400));
    expect(keepTableRowsWhole(long)).not.toContain("<w:cantSplit/>");
    const fits = bodyRow("mot ".repeat(100));
    expect(keepTableRowsWhole(fits)).toContain("<w:cantSplit/>");
  });
});

describe("tablesApart", () => {
  it("puts a paragraph between two tables that follow each other, and only there", () => {
    const table = (text: string) => `<w:tbl><w:tr>${cell(text)}</w:tr></w:tbl>`;
    const out = tablesApart(`${table("A")}${table("B")}<w:p/>${table("C")}`);
    expect(out.match(/<\/w:tbl><w:p>/g)).toHaveLength(1);
    expect(out).toContain(`${table("A")}<w:p><w:pPr><w:spacing w:before="60" w:after="0" w:line="60" w:lineRule="exact"/></w:pPr></w:p>${table("B")}<w:p/>`);
  });
});

const ALL = ["cahier-des-charges", "livret-formateur", "carnet-de-bord", "fiche-formation", "attestation"];
/**
 * Every document of the two smaller examples. The large course's (135 pages for the cahier des
 * charges) would take half a minute more; its rows are checked the same way when it is added here.
 */
const PROJECTS: Record<string, string[]> = {
  "examples/hybride-management-equipe.yaml": ALL,
  "examples/autonomie-accessibilite-numerique.yaml": ALL,
};


/** Every body row the document asks to keep whole, in document order: the text of its paragraphs. */
function wholeRows(docx: Uint8Array): string[][] {
  // Text without white space, apostrophes folded: a cell's text wraps in print.
  const text = (paragraph: string) => squash(xmlText(paragraph));
  return (docxPart(docx).match(/<w:tr(?: [^>]*)?>.*?<\/w:tr>/gs) ?? [])
    .filter((row) => row.includes("<w:cantSplit/>") && !row.includes("<w:tblHeader/>"))
    .map((row) => (row.match(/<w:p[ >].*?<\/w:p>/gs) ?? []).map(text).filter((t) => t !== ""))
    .filter((paragraphs) => paragraphs.length > 0);
}

/** Characters allowed between two paragraphs of a row in print: a list's number or bullet. */
const MARKER = 4;

/** Whether the paragraphs are printed one right after the other, only list markers between them. */
function printedTogether(raw: string, paragraphs: string[]): boolean {
  for (let at = raw.indexOf(paragraphs[0]!); at >= 0; at = raw.indexOf(paragraphs[0]!, at + 1)) {
    let end = at + paragraphs[0]!.length;
    const rest = paragraphs.slice(1).every((paragraph) => {
      const next = raw.indexOf(paragraph, end);
      if (next < 0 || next - end > MARKER) return false;
      end = next + paragraph.length;
      return true;
    });
    if (rest) return true;
  }
  return false;
}

const noOfficeServers = (inject("officeServers") ?? []).length === 0 && !process.env.CI;

describe.skipIf(libreOfficeMissing)("in LibreOffice, every example's documents", () => {
  const docx: Record<string, Uint8Array> = {};
  let printed: Record<string, PdfResult> = {};
  beforeAll(async () => {
    for (const [file, ids] of Object.entries(PROJECTS)) {
      const loaded = await load(file);
      for (const id of ids) {
        const { buffer } = await renderDocument(findDocument(id)!, viewModelOf(loaded), { projectDir: dirname(file) });
        docx[`${file.replace(/^.*\/|\.\w+$/g, "")}-${id}`] = buffer;
      }
    }
    printed = await docxToPdf(docx, { raw: true, headerPages: true });
  }, 900_000);

  it("print every row kept whole in one piece: not cut by a page break, not left out", () => {
    let checked = 0;
    const missing: Record<string, string[]> = {};
    for (const [name, bytes] of Object.entries(docx)) {
      // Reading order: a row's cells one after the other; a page break inside the row would put the
      // page's footer, the next page's header and the repeated header row between its parts.
      const raw = squash(printed[name]!.raw!);
      const rows = wholeRows(bytes);
      const notWhole = rows.filter((row) => !printedTogether(raw, row));
      if (notWhole.length > 0) missing[name] = notWhole.map((row) => row.join(" ").slice(0, 60));
      checked += rows.length;
    }
    expect(missing).toEqual({});
    expect(checked).toBeGreaterThan(1200);
  });

  // Positions come from the test run's LibreOffice servers (Python-UNO); CI has them.
  it.skipIf(noOfficeServers)("never leave a table's header row alone at the foot of a page", () => {
    let tables = 0;
    for (const name of Object.keys(docx)) {
      const headers = printed[name]!.headerPages;
      expect(headers, `${name} : positions des lignes non lues`).toBeDefined();
      expect(headers!.filter((table) => table.header !== table.next), name).toEqual([]);
      tables += headers!.length;
    }
    expect(tables).toBeGreaterThan(200);
  });
});
