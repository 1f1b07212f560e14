import { describe, expect, test } from "vitest";
import { renderDocument } from "../../src/documents/definition.js";
import { docxToPdf, libreOfficeMissing } from "../helpers/libreoffice.js";
import { fixtureDocument, fixtureViewModel, fixturesDir } from "./fixture.js";

/** pdftotext output with every kind of space made plain, to search it. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe.skipIf(libreOfficeMissing)(`rendered by LibreOffice${libreOfficeMissing ? ` (ignoré : ${libreOfficeMissing})` : ""}`, () => {
  test("cover, visible table of contents, headings, « Page X / N », special characters printed literally", async () => {
    const fixture = await renderDocument(fixtureDocument, fixtureViewModel(), { projectDir: fixturesDir });
    const special = await renderDocument(
      fixtureDocument,
      fixtureViewModel((p) => {
        p.course.title = "Titre <b>gras</b> {{x}} **étoiles** & | barre « cité »";
        p.units[0].title = "Unité & <i>balise</i>";
      }),
      { projectDir: fixturesDir },
    );
    const pdfs = await docxToPdf({ fixture: fixture.buffer, special: special.buffer });
    const { text, pages } = pdfs.fixture!;
    const t = plain(text);
    expect(pages).toBeGreaterThanOrEqual(3);
    // Cover.
    expect(t).toContain("Accueillir le public « difficile »");
    expect(t).toContain("Document d’essai");
    expect(t).toContain("Lundi 9 mars 2026");
    // Table of contents entries, with dot leaders, before the body. No page number in the .docx as
    // written (Word computes them on opening; --pdf has LibreOffice compute them: test/pdf/toc-pages).
    expect(t).toContain("Sommaire");
    expect(t).toMatch(/Présentation\.{5,}\s*$/m);
    expect(t).toMatch(/Unité 1 – Comprendre les tensions\.{5,}\s*$/m);
    expect(t.indexOf("Sommaire")).toBeLessThan(t.lastIndexOf("Barre de suivi"));
    // Footer: organisation and page numbers.
    expect(t).toMatch(new RegExp(`Page 2 / ${pages}`));
    expect(t).toMatch(new RegExp(`Page ${pages} / ${pages}`));
    // Body.
    expect(t).toContain("Asynchrone, individuelle, en ligne");
    expect(t).toContain("À COMPLÉTER : les consignes ou les attendus (ACT-2)");

    const s = plain(pdfs.special!.text);
    expect(s).toContain("Titre <b>gras</b> {{x}} **étoiles** & | barre « cité »");
    expect(s).toContain("Unité 1 – Unité & <i>balise</i>");
  });
});
