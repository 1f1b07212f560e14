/**
 * What a page-by-page review of every document of every project found wrong, each fixed and kept
 * fixed here: rendered in process (HTML, or the .docx's XML), never through LibreOffice.
 */
import { dirname } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocument } from "../../src/documents/definition.js";
import { findDocument } from "../../src/documents/registry.js";
import { docxPart } from "../helpers/docx.js";
import { COMPLETE_PROJECTS, htmlSection as section, htmlText as text, loadAndRender, viewModelOf, type Loaded } from "./projects.js";

const AUTONOMIE = "examples/autonomie-accessibilite-numerique.yaml";
const HYBRIDE = "examples/hybride-management-equipe.yaml";

const loaded: Record<string, Loaded> = {};
const html: Record<string, Record<string, string>> = {};
beforeAll(() => loadAndRender(COMPLETE_PROJECTS, loaded, html));

describe("livret du formateur of a self-paced course", () => {
  it("has no « Formateur » column in the evaluated activities' workload when no trainer works on them", () => {
    const workload = section(html[AUTONOMIE]!["livret-formateur"]!, "Charge de travail");
    expect(workload).toContain("<table");
    expect(text(workload)).not.toMatch(/Formateur/);
    // A course whose trainers grade activities keeps the column.
    expect(text(section(html[HYBRIDE]!["livret-formateur"]!, "Charge de travail"))).toMatch(/Participant Formateur/);
  });

  it("gives no instruction to a trainer nobody is, nor mentions a first appointment that does not exist", () => {
    const livret = text(html[AUTONOMIE]!["livret-formateur"]!);
    expect(livret).not.toMatch(/invitez chacun/);
    expect(livret).not.toMatch(/le formateur les rappelle/);
    expect(livret).not.toMatch(/premier rendez-vous/);
    expect(livret).toMatch(/Les participants sont invités, dès l’entrée, à compléter leur profil/);
    // The tutored course still tells its trainers what to do.
    const hybride = text(html[HYBRIDE]!["livret-formateur"]!);
    expect(hybride).toMatch(/invitez chacun/);
    expect(hybride).toMatch(/le formateur les rappelle dans ses messages et pendant le premier rendez-vous/);
  });
});

describe("activities to complete for the attestation", () => {
  it("are quoted, so that a title's own colon or comma does not read as the list's", () => {
    for (const id of ["attestation", "fiche-formation", "cahier-des-charges"]) {
      const shown = text(html[HYBRIDE]![id]!);
      expect(shown, id).toContain("Activités à réaliser : « Auto-positionnement d’entrée », « Rédiger ensemble les objectifs d’un service fictif », « Scénario interactif : un entretien de recadrage »");
      expect(shown, id).toContain("et « Questionnaire d’évaluation de la formation »");
    }
  });
});

describe("typesetting", () => {
  it("lets addresses wrap between their parts in narrow table columns, not inside a word", () => {
    const cdc = html[HYBRIDE]!["cahier-des-charges"]!;
    // The « Site » column of the external links.
    expect(cdc).toContain("www.\u200blegifrance.\u200bgouv.\u200bfr");
    expect(cdc).toContain("www.\u200bmodernisation.\u200bgouv.\u200bfr");
    // Only there: the address stays whole where it is to be copied (fiche formation) or in running text.
    expect(html[HYBRIDE]!["fiche-formation"]!).not.toContain("\u200b");
  });

  it("puts space between a table and the plain paragraph under it (a total, a note, the next paragraph)", async () => {
    for (const file of [HYBRIDE, AUTONOMIE]) {
      for (const id of ["cahier-des-charges", "livret-formateur", "fiche-formation"]) {
        const { buffer } = await renderDocument(findDocument(id)!, viewModelOf(loaded[file]!), { projectDir: dirname(file) });
        const xml = docxPart(buffer);
        const after = [...xml.matchAll(/<\/w:tbl><w:p>(<w:pPr>.*?<\/w:pPr>)?/g)].map((m) => m[1] ?? "");
        expect(after.length, `${file} ${id}`).toBeGreaterThan(0);
        // Headings, labels and boxes have a space before in their style; any other paragraph gets one.
        const touching = after.filter((pPr) => !/w:spacing w:before="[1-9]/.test(pPr) && !/w:pStyle w:val="(?:Heading\d|Intitule|Encadre)"/.test(pPr));
        expect(touching, `${file} ${id}`).toEqual([]);
      }
    }
  });
});

describe("livret du formateur of an on-site course with a trainer", () => {
  it("does not call the course self-paced where no launch message is prepared", () => {
    const livret = text(html["test/fixtures/projects/presentiel-gestion-incivilites.yaml"]!["livret-formateur"]!);
    expect(livret).not.toMatch(/se suit en autonomie/);
    expect(livret).toMatch(/Aucun message n’est proposé : le formateur rédige ses messages de lancement des étapes/);
  });
});
