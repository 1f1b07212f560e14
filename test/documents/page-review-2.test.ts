/**
 * The second page-by-page review (carnets de bord, the self-paced example, the fixtures, the large
 * course, attestations): what it found wrong, each fixed and kept fixed here, rendered in process
 * (HTML, or the .docx's XML), never through LibreOffice.
 */
import { dirname } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocument } from "../../src/documents/definition.js";
import { findDocument } from "../../src/documents/registry.js";
import { strFromU8, unzipSync } from "fflate";
import { mergeAll, prepareTemplate } from "../../src/attestations/fill.js";
import { docxPart } from "../helpers/docx.js";
import { htmlSection as section, htmlText as text, loadAndRender, renderAll, viewModelOf, type Loaded } from "./projects.js";

const AUTONOMIE = "examples/autonomie-accessibilite-numerique.yaml";
const HYBRIDE = "examples/hybride-management-equipe.yaml";
const GRAND = "examples/grand-parcours.json";
const MARCHES = "test/fixtures/projects/certifiante-marches-publics.yaml";
const PRESENTIEL = "test/fixtures/projects/presentiel-gestion-incivilites.yaml";
const PROJECTS = [AUTONOMIE, HYBRIDE, GRAND, MARCHES, PRESENTIEL];

/** The table row whose first cell is `label`, as text. */
function row(html: string, label: string): string | undefined {
  const match = new RegExp(`<tr><td>${label}</td>(.*?)</tr>`, "s").exec(html);
  return match ? text(match[1]!).trim() : undefined;
}

const loaded: Record<string, Loaded> = {};
const html: Record<string, Record<string, string>> = {};
beforeAll(() => loadAndRender(PROJECTS, loaded, html));

describe("attestation", () => {
  it("has 1.5 cm above and below (one page for a long course too); documents with a cover keep 2.2 cm", async () => {
    const margins = async (id: string) => {
      const { buffer } = await renderDocument(findDocument(id)!, viewModelOf(loaded[GRAND]!), { projectDir: dirname(GRAND) });
      const pgMar = /<w:pgMar [^>]*>/.exec(docxPart(buffer))![0];
      return [/w:top="(\d+)"/.exec(pgMar)![1], /w:bottom="(\d+)"/.exec(pgMar)![1]].map(Number);
    };
    expect(await margins("attestation")).toEqual([850, 850]);
    expect(await margins("fiche-formation")).toEqual([1247, 1247]);
  });
});

describe("signatory", () => {
  it("has the role in lower case after the name, and the place in a row of its own", () => {
    const fiche = html[HYBRIDE]!["fiche-formation"]!;
    expect(row(fiche, "Signataire")).toBe("Isabelle Fournier, directrice du CVRH de Lyon");
    expect(row(fiche, "Lieu de signature")).toBe("Lyon");
    expect(row(html[HYBRIDE]!["cahier-des-charges"]!, "Signataire")).toBe("Isabelle Fournier, directrice du CVRH de Lyon");
    expect(row(html[MARCHES]!["fiche-formation"]!, "Signataire")).toMatch(/, directeur des achats de l’État$/);
    // An acronym keeps its case; on the attestation itself, the role heads its own line.
    expect(viewModelOf(loaded[HYBRIDE]!).recognition.signatoryRoleInSentence).toBe("directrice du CVRH de Lyon");
    expect(text(html[HYBRIDE]!.attestation!)).toContain("Isabelle Fournier Directrice du CVRH de Lyon");
  });
});

describe("fiche formation", () => {
  it("does not follow a calendar that gives the session's dates with the same dates again", () => {
    const calendar = row(html[HYBRIDE]!["fiche-formation"]!, "Calendrier")!;
    expect(calendar).toContain("du lundi 9 mars au vendredi 17 avril 2026");
    expect(calendar).not.toContain("Session du");
    // A calendar that does not name them keeps the session's period.
    const vm = viewModelOf(loaded[HYBRIDE]!);
    vm.course.calendar = "Six semaines au printemps.";
    vm.session.periodInCourseCalendar = false;
    expect(row(renderAll(vm)["fiche-formation"]!, "Calendrier")).toBe("Six semaines au printemps. Session du lundi 9 mars 2026 au vendredi 17 avril 2026.");
  });

  it("does not name the overview's form twice (« Infographie : Une infographie présente… »)", () => {
    for (const file of [HYBRIDE, AUTONOMIE]) {
      for (const id of ["fiche-formation", "cahier-des-charges", "livret-formateur"]) {
        const shown = text(html[file]![id]!);
        expect(shown, `${file} ${id}`).toContain("Une infographie présente");
        expect(shown, `${file} ${id}`).not.toMatch(/Infographie\)? ?:? Une infographie|infographie présente[^.]*\. \(Infographie\)/);
      }
    }
    // A description that does not name it follows the form's label.
    expect(text(section(html[MARCHES]!["fiche-formation"]!, "Le parcours en un coup"))).toContain("Infographie : Les trois modules et le dossier final, sur une page.");
  });

  it("lists what to do at each step as numbered paragraphs, not bullets before a number", () => {
    const steps = section(html[HYBRIDE]!["fiche-formation"]!, "Ce que vous ferez à chaque étape");
    expect(steps).not.toContain("<li>");
    expect(text(steps)).toContain("1. Semaine 1 – Prendre ses marques de manager : Faites");
  });
});

describe("livret du formateur: contacts", () => {
  it("lists a trainer who is also a welcome contact once", () => {
    const contacts = section(html[PRESENTIEL]!["livret-formateur"]!, "Contacts</h1>");
    expect(text(contacts).match(/Nadia Benali/g)).toHaveLength(1);
    expect(text(contacts)).toContain("Nadia Benali formatrice nadia.benali@nord.gouv.fr");
    // Different roles of one person are both kept, and a phone number given once.
    const project = structuredClone(loaded[PRESENTIEL]!.project) as any;
    project.welcome.contacts = [{ name: "Nadia  Benali", role: "référente technique", email: "Nadia.Benali@nord.gouv.fr", phone: "03 20 00 00 00" }];
    const merged = text(section(renderAll(viewModelOf({ ...loaded[PRESENTIEL]!, project }))["livret-formateur"]!, "Contacts</h1>"));
    expect(merged).toContain("Nadia Benali formatrice, référente technique nadia.benali@nord.gouv.fr 03 20 00 00 00");
  });
});

describe("dates of the projects", () => {
  it("put the document before the tender's milestones, and these before the session they prepare", () => {
    for (const file of PROJECTS) {
      const { meta, tender, session } = loaded[file]!.project as any;
      const tenderDates: string[] = [...(tender?.milestones ?? []).map((m: any) => m.date), ...(tender?.deliverables ?? []).map((d: any) => d.due)].filter(Boolean).sort();
      if (!tenderDates.length) continue;
      expect(meta.date <= tenderDates[0]!, `${file}: document ${meta.date}, first milestone ${tenderDates[0]}`).toBe(true);
      expect(tenderDates.at(-1)! < session.startDate, `${file}: last milestone ${tenderDates.at(-1)}, session ${session.startDate}`).toBe(true);
    }
  });
});

describe("cahier des charges: resources of an activity", () => {
  it("let the resource's address wrap between its parts (« gouv.fr/ »), not inside a word (« gou v.fr »)", () => {
    const cdc = html[HYBRIDE]!["cahier-des-charges"]!;
    const resources = [...cdc.matchAll(/<th[^>]*>Ressource de l(?:'|’|&#x27;)activité[\s\S]*?<\/table>/g)].map((m) => m[0]).join("");
    expect(resources).toContain("https://\u200bvideo.\u200bmentor.\u200bgouv.\u200bfr/\u200bw/\u200bmanager-\u200bfixer-\u200bdes-\u200bobjectifs");
  });
});

describe("carnet de bord", () => {
  it("keeps each question with all its lines to write on (no line left alone at the top of a page)", async () => {
    for (const file of [HYBRIDE, AUTONOMIE]) {
      const { buffer } = await renderDocument(findDocument("carnet-de-bord")!, viewModelOf(loaded[file]!), { projectDir: dirname(file) });
      const paras = [...docxPart(buffer).matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
      const isLine = (p: string | undefined) => p?.includes('<w:pStyle w:val="ZoneDeSaisie"/>') ?? false;
      let groups = 0;
      paras.forEach((p, i) => {
        if (!isLine(p) || !isLine(paras[i + 1])) return;
        groups++;
        expect(p, `${file}: a line followed by another`).toContain("<w:keepNext/>");
      });
      expect(groups).toBeGreaterThan(10);
    }
  });

  it("introduces the appointments' table with a label kept with it", () => {
    const brief = section(html[HYBRIDE]!["carnet-de-bord"]!, "Durée et rendez-vous");
    expect(brief).toMatch(/<p class="label"><strong>Mes rendez-vous<\/strong><\/p>\s*<table>/);
  });
});

describe("resources of the projects", () => {
  it("do not repeat in their instructions the duration every document prints beside them (« (20 min) : Lisez… (20 minutes) »)", () => {
    for (const file of PROJECTS) {
      const vm = viewModelOf(loaded[file]!);
      const resources = vm.activities.flatMap((a) => a.resources ?? []);
      for (const r of resources) if (r.duration) expect(r.instructions ?? "", `${file}: ${r.title}`).not.toMatch(/\(\d+ ?(?:min|minutes|h)\b/);
    }
  });

  it("of the large course contract « à le » and « à les » (« consacrée au plan de formation »)", () => {
    const json = JSON.stringify(loaded[GRAND]!.project);
    expect(json).toContain("consacrée au plan de formation");
    expect(json).not.toMatch(/ à les? /);
  });
});

describe("carnet de bord: a unit's head", () => {
  it("lists the unit's objectives one a line, never « recadrage. ; 1. Situer »", () => {
    const carnet = text(html[HYBRIDE]!["carnet-de-bord"]!);
    expect(carnet).not.toMatch(/\. ;/);
    expect(carnet).toContain("Objectifs : 3. Conduire les entretiens clés du manager, de l’entretien professionnel annuel au recadrage. 1. Situer");
    expect(html[HYBRIDE]!["carnet-de-bord"]!).toMatch(/au recadrage\.<br>1\. Situer/);
  });

  it("keeps the lead paragraph under a heading with what follows (style « Chapeau »)", async () => {
    const { buffer } = await renderDocument(findDocument("carnet-de-bord")!, viewModelOf(loaded[HYBRIDE]!), { projectDir: dirname(HYBRIDE) });
    const style = /<w:style [^>]*w:styleId="Chapeau"[\s\S]*?<\/w:style>/.exec(docxPart(buffer, "word/styles.xml"))![0];
    expect(style).toContain("<w:keepNext/>");
  });
});

describe("carnet de bord of a course without appointments", () => {
  it("titles its brief « Durée », not « Durée et rendez-vous »", () => {
    expect(html[AUTONOMIE]!["carnet-de-bord"]!).toContain("<h2>Durée</h2>");
    expect(html[AUTONOMIE]!["carnet-de-bord"]!).not.toContain("rendez-vous</h2>");
    expect(html[HYBRIDE]!["carnet-de-bord"]!).toContain("<h2>Durée et rendez-vous</h2>");
  });
});

describe("carnet de bord of a self-paced course", () => {
  it("sends questions to the course's contacts, not to trainers nobody is", () => {
    const carnet = text(html[AUTONOMIE]!["carnet-de-bord"]!);
    expect(carnet).not.toContain("aux formateurs");
    expect(carnet).toContain("Mes questions (à poser aux contacts de la formation)");
    expect(text(html[HYBRIDE]!["carnet-de-bord"]!)).toContain("Mes questions (à poser sur le forum ou aux formateurs)");
  });
});

describe("welcome page: progress", () => {
  it("does not present the progress bar again after the project's own cues have", () => {
    for (const file of [HYBRIDE, AUTONOMIE, GRAND, MARCHES]) {
      const progress = text(section(html[file]!["fiche-formation"]!, "Suivre votre progression"));
      expect(progress, file).toMatch(/Les \d+ activités de la barre de suivi, en haut de la page de la formation ; chacune se coche/);
      expect(progress, file).not.toMatch(/affiche \d+ activités/);
    }
    // Without cues, the sentence says how many there are.
    expect(text(section(html[PRESENTIEL]!["fiche-formation"]!, "Suivre votre progression"))).toMatch(/La barre de suivi, en haut de la page de la formation, affiche \d+ activités à réaliser/);
  });
});

describe("cahier des charges: clauses", () => {
  it("end the third-party content item with one full stop, whether the project's text has one or not", () => {
    const cdc = text(html[HYBRIDE]!["cahier-des-charges"]!);
    expect(cdc).toContain("diffusion sur Mentor sans limite de durée.");
    expect(cdc).not.toContain("durée..");
  });
});

describe("merged attestations (--merge)", () => {
  it("restart each attestation's numbered objectives at 1, and show no header nor footer on any page", async () => {
    const { buffer } = await renderDocument(findDocument("attestation")!, viewModelOf(loaded[GRAND]!), { projectDir: dirname(GRAND) });
    const learner = (prenom: string) => ({ prenom, nom: "Martin", date_achevement: "17 avril 2026", temps_passe: "80 h", resultat: "Acquis" });
    const merged = mergeAll(prepareTemplate(buffer), [learner("Ève"), learner("Jean"), learner("Léa")]);
    const xml = docxPart(merged);
    const numbering = docxPart(merged, "word/numbering.xml");
    // The objectives' list of each copy: its own numbering instance, which starts at 1.
    const bodies = xml.split(/(?=<w:p><w:pPr>(?:<w:pStyle[^>]*\/>)?(?:<w:keepNext\/>)?(?:<w:keepLines\/>)?<w:pageBreakBefore\/>)/);
    expect(bodies).toHaveLength(3);
    const listIds = bodies.map((b) => [...new Set([...b.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]))]);
    expect(new Set(listIds.flat()).size).toBe(listIds[0]!.length * 3);
    for (const id of listIds.flat()) {
      expect(numbering, `w:num ${id}`).toMatch(new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="\\d+"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`));
    }
    // One-page documents: no header nor footer text, on the first page or any other.
    const parts = unzipSync(merged);
    for (const [path, data] of Object.entries(parts)) {
      if (/^word\/(header|footer)\d*\.xml$/.test(path)) expect(strFromU8(data).replace(/<[^>]+>/g, "").trim(), path).toBe("");
    }
  });
});

describe("carnet de bord: a unit's resources", () => {
  it("name the activity each serves, so that two supports with the same title are told apart", () => {
    for (const file of [GRAND, HYBRIDE]) {
      const carnet = html[file]!["carnet-de-bord"]!;
      const lists = [...carnet.matchAll(/<strong>Mes ressources<\/strong><\/p>\s*<ul>([\s\S]*?)<\/ul>/g)].map((m) => [...m[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((li) => li[1]!));
      expect(lists.length, file).toBeGreaterThan(3);
      for (const items of lists) {
        expect(new Set(items).size, `${file}: ${items[0]}`).toBe(items.length);
        for (const item of items) expect(item).toMatch(/ \(activité \d+(?:\.[\da-z]+)+(?:, [^)]+)?\)/);
      }
    }
    expect(text(html[HYBRIDE]!["carnet-de-bord"]!)).toContain("L’encadrement supérieur et intermédiaire dans la fonction publique (activité 1.4, 20 min) : Lisez la partie");
  });

  it("of the large course: a video's title does not promise « dix minutes » whatever it lasts", () => {
    expect(JSON.stringify(loaded[GRAND]!.project)).not.toContain("en dix minutes");
  });
});

describe("cahier des charges: a unit's activities", () => {
  it("give the N° column room for a sub-unit's numbers (« 6.a.1 » on one line)", () => {
    const cdc = html[GRAND]!["cahier-des-charges"]!;
    const heads = [...cdc.matchAll(/<thead><tr><th style="width: (\d+)%">N°<\/th><th[^>]*>Activité<\/th>[\s\S]*?<\/thead>/g)];
    const withEvaluation = heads.filter((m) => m[0].includes(">Évaluation<"));
    expect(withEvaluation.length).toBeGreaterThan(10);
    for (const m of withEvaluation) expect(Number(m[1])).toBeGreaterThanOrEqual(8);
  });
});

describe("progress cues of the projects", () => {
  it("count as many tracked activities as the tracking bar has", () => {
    const NUMBERS = ["zéro", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze"];
    for (const file of PROJECTS) {
      const vm = viewModelOf(loaded[file]!);
      const cues = vm.welcome.progressCues ?? "";
      const said = new RegExp(`\\b(${NUMBERS.join("|")}|\\d+) activités`).exec(cues)?.[1];
      if (said === undefined) continue;
      const count = /^\d+$/.test(said) ? Number(said) : NUMBERS.indexOf(said);
      expect(count, `${file}: « ${cues} »`).toBe(vm.tracking.count);
    }
  });
});

describe("livret du formateur: attestation criteria", () => {
  it("list the activities to complete without a number right after the bullet (« • 2.3. Rédiger… »)", () => {
    const criteria = section(html[MARCHES]!["livret-formateur"]!, "Attestation et critères");
    expect(criteria).not.toMatch(/<li>\d/);
    expect(text(criteria)).toContain("Activité 2.3 – Rédiger son CCTP");
  });
});
