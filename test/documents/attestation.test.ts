import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, test } from "vitest";
import { MERGE_FIELDS } from "../../src/attestations/fields.js";
import { fill, findMergeFields, prepareTemplate } from "../../src/attestations/fill.js";
import { attestation } from "../../src/documents/attestation.js";
import { findDocument } from "../../src/documents/registry.js";
import { checkAccessibility } from "../../src/docx/accessibility.js";
import { renderDocument, type RenderedDocument } from "../../src/docx/render-document.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { buildViewModel, type ViewModel } from "../../src/model/index.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { validateProject } from "../../src/validate/index.js";
import { docxPart } from "../helpers/docx.js";
import { docxToPdf, libreOfficeMissing } from "../helpers/libreoffice.js";

const run = promisify(execFile);
const EXAMPLES = join(import.meta.dirname, "../../examples");

type Project = TrainingProject & Record<string, any>;
function load(name: string): Project {
  const path = join(EXAMPLES, name);
  const result = validateProject(parseProjectText(readFileSync(path, "utf8"), path));
  if (!result.valid) throw new Error(`${name} invalide`);
  return structuredClone(result.project) as Project;
}

/** The three complete examples, variants of them, and the draft. */
const CASES: Record<string, { project: () => Project; draft?: boolean }> = {
  selfPaced: { project: () => load("autonomie-accessibilite-numerique.yaml") },
  hybrid: { project: () => load("hybride-management-equipe.yaml") },
  large: { project: () => load("grand-parcours.json") },
  // The hybrid course, as a participation attestation, with no evaluated activity and no minimum time.
  hybridParticipation: {
    project: () => {
      const p = load("hybride-management-equipe.yaml");
      p.recognition.attestationType = "participation";
      delete p.recognition.criteria.minimumTime;
      const walk = (units: any[]) => {
        for (const u of units ?? []) {
          for (const a of u.activities ?? []) delete a.evaluation;
          walk(u.units);
        }
      };
      walk(p.units);
      return p;
    },
  },
  draft: { project: () => load("drafts/cahier-des-charges-brouillon.yaml"), draft: true },
};

const vms: Record<string, ViewModel> = {};
const rendered: Record<string, RenderedDocument> = {};
/** pdftotext's reading order, every run of white space (no-break ones too) as one space. */
const text: Record<string, string> = {};
const pages: Record<string, number> = {};

async function flowText(pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "att-pdf-"));
  try {
    await writeFile(join(dir, "a.pdf"), pdf);
    const { stdout } = await run("pdftotext", ["-nopgbrk", join(dir, "a.pdf"), "-"]);
    return stdout.replace(/[\s\u00a0\u202f]+/g, " ");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
// User data as typeset: spaces folded, and the apostrophe between letters written ’ (as in the documents).
const plain = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ").replace(/(\p{L})'(?=\p{L})/gu, "$1’");
/** The text without list numbers and bullets, which pdftotext sometimes reads apart from their items. */
const unlisted = (s: string) => s.replace(/(^| )(?:\d{1,2}\.|•)(?= )/g, "$1").replace(/ +/g, " ");

beforeAll(async () => {
  for (const [key, c] of Object.entries(CASES)) {
    vms[key] = buildViewModel(c.project(), { draft: c.draft ?? false });
    rendered[key] = await renderDocument(attestation, vms[key]!, { projectDir: EXAMPLES });
  }
  if (libreOfficeMissing) return;
  // One LibreOffice call: every case, plus the hybrid attestation filled for one learner.
  const filled = fill(prepareTemplate(rendered.hybrid!.buffer), {
    prenom: "Ève",
    nom: "D'Aubigné",
    date_achevement: "17 avril 2026",
    temps_passe: "18 h 30",
    resultat: "Acquis",
  });
  const pdfs = await docxToPdf({ ...Object.fromEntries(Object.entries(rendered).map(([k, r]) => [k, r.buffer])), filled });
  for (const [key, pdf] of Object.entries(pdfs)) {
    text[key] = await flowText(pdf.pdf);
    pages[key] = pdf.pages;
  }
});

const complete = ["selfPaced", "hybrid", "large"] as const;

describe("attestation (ATT): the document itself", () => {
  test("registered under the id « attestation », without cover nor table of contents", () => {
    expect(findDocument("attestation")).toBe(attestation);
    expect(attestation.frame).toMatchObject({ cover: false, toc: false });
  });

  test.each(Object.keys(CASES))("%s: no htmlToContent warning, accessible (headings, language, title)", (key) => {
    expect(rendered[key]!.warnings).toEqual([]);
    expect(checkAccessibility(rendered[key]!.buffer, { requireToc: false })).toEqual([]);
  });

  test("ATT: Word MERGEFIELDs prenom, nom, date_achevement, and temps_passe / resultat only where they apply", () => {
    const names = (key: string) => findMergeFields(docxPart(rendered[key]!.buffer)).map((s) => s.name);
    const instructions = (key: string) => [...docxPart(rendered[key]!.buffer).matchAll(/<w:instrText xml:space="preserve"> MERGEFIELD (\w+) <\/w:instrText>/g)].map((m) => m[1]);
    // Hybrid: a minimum time (17 h) and evaluated activities.
    expect(instructions("hybrid")).toEqual(["prenom", "nom", "date_achevement", "temps_passe", "resultat", "date_achevement"]);
    expect(names("hybrid")).toEqual(instructions("hybrid"));
    // Without evaluated activity nor minimum time: neither field.
    expect(instructions("hybridParticipation")).toEqual(["prenom", "nom", "date_achevement", "date_achevement"]);
    // Every name is one that `mentor-docs attestations` fills.
    for (const key of Object.keys(CASES)) for (const name of names(key)) expect(Object.keys(MERGE_FIELDS)).toContain(name);
  });
});

describe.skipIf(libreOfficeMissing)(`attestation rendered by LibreOffice${libreOfficeMissing ? ` (ignoré : ${libreOfficeMissing})` : ""}`, () => {
  test.each(Object.keys(CASES))("ATT: %s holds on one page", (key) => {
    expect(pages[key]).toBe(1);
  });

  test.each(complete)("REC-1 (ATT) %s: course label, duration, objectives, competences, issuing organisation, criteria", (key) => {
    const vm = vms[key]!;
    const t = text[key]!;
    expect(t).toContain(plain(vm.course.title));
    expect(t).toContain(`d’une durée estimée de ${plain(vm.attestation.duration!.text)}`);
    expect(t).toContain("Objectifs de la formation");
    expect(vm.objectives.length).toBeGreaterThan(0);
    for (const o of vm.objectives) expect(unlisted(t)).toContain(plain(o.label));
    expect(vm.competences.length).toBeGreaterThan(0);
    expect(t).toContain("Compétences travaillées");
    for (const c of vm.competences) expect(unlisted(t)).toContain(plain(c.label));
    expect(t).toContain(plain(vm.recognition.issuer.name!));
    expect(t).toContain("Critères d’obtention");
    expect(t).toContain(plain(vm.recognition.criteria.description!));
    for (const a of vm.recognition.criteriaActivities) expect(t).toContain(plain(a.title));
    expect(t).toContain(`Temps minimal consacré à la formation : ${plain(vm.recognition.minimumTimeText!)}`);
  });

  test("REC-2 (ATT): estimated duration with its split, and the session dates where given", () => {
    expect(text.hybrid).toContain("d’une durée estimée de 20 h (13 h à distance et 7 h en présentiel), session du lundi 9 mars 2026 au vendredi 17 avril 2026");
    expect(text.large).toContain("session du lundi 7 septembre 2026 au vendredi 30 avril 2027");
    // A permanent session has no dates: the duration alone, then the learner's completion date.
    expect(text.selfPaced).toContain("d’une durée estimée de 3 h.");
    expect(text.selfPaced).not.toContain("session du");
    expect(text.selfPaced).toContain("Date d’achèvement : «date_achevement»");
  });

  test("ATT: wording follows recognition.attestationType (fin de formation / participation)", () => {
    expect(text.hybrid).toContain("Attestation de fin de formation");
    expect(text.hybrid).toContain("a suivi et achevé la formation");
    expect(text.hybrid).not.toContain("participation");
    expect(text.hybridParticipation).toContain("Attestation de participation");
    expect(text.hybridParticipation).toContain("a participé à la formation");
    expect(text.hybridParticipation).not.toContain("fin de formation");
    expect(text.selfPaced).toContain("Attestation de participation");
  });

  test("ATT: learner's name and dates as fields; result only when the course plans an evaluation", () => {
    expect(text.hybrid).toContain("Le présent document atteste que «prenom» «nom» a suivi et achevé la formation");
    expect(text.hybrid).toContain("Temps passé en formation : «temps_passe» – Résultat : «resultat»");
    expect(text.hybridParticipation).not.toContain("Résultat");
    expect(text.hybridParticipation).not.toContain("Temps passé");
  });

  test("ATT: signatory (name, role), place, « Fait à … le … »", () => {
    expect(text.hybrid).toContain("Fait à Lyon, le «date_achevement» Isabelle Fournier Directrice du CVRH de Lyon");
    expect(text.selfPaced).toContain("Fait à Paris, le «date_achevement» Stéphanie Martin Cheffe du pôle accessibilité numérique");
  });

  test("ATT: filled for one learner by the attestations module, still one page", () => {
    expect(pages.filled).toBe(1);
    expect(text.filled).toContain("Le présent document atteste que Ève D'Aubigné a suivi et achevé la formation");
    expect(text.filled).toContain("Date d’achèvement : 17 avril 2026 – Temps passé en formation : 18 h 30 – Résultat : Acquis");
    expect(text.filled).toContain("Fait à Lyon, le 17 avril 2026");
    // No merge field left (« « » also quote the activities' titles).
    expect(text.filled).not.toMatch(/«[a-z_]+»/);
  });

  test("REC-1 (ATT) draft: « À COMPLÉTER » naming REC-1 where a required mention is missing; optional ones left out", () => {
    const t = text.draft!;
    expect(t).toContain("À COMPLÉTER : l’organisme qui délivre l’attestation (REC-1)");
    expect(plain(t)).toContain("À COMPLÉTER : les critères d’obtention (activités à réaliser et/ou temps minimal) (REC-1)");
    // No attestation type: the general title; no place, no signatory: « Fait le … », no signature block; never marked.
    expect(t).toContain("Attestation de formation Le présent document atteste que");
    expect(t).toContain("Fait le «date_achevement»");
    expect(t).not.toContain("Fait à");
    for (const unmarked of ["le type d’attestation", "le lieu de délivrance", "le nom du signataire"]) expect(t).not.toContain(`À COMPLÉTER : ${unmarked}`);
    // No evaluated activity in the draft: no « Résultat » line.
    expect(t).not.toContain("Résultat");
    // What the draft has is shown: title, duration, objectives.
    expect(t).toContain("Prévenir les risques psychosociaux dans son équipe");
    expect(t).toContain("d’une durée estimée de 6 h (3 h à distance et 3 h en présentiel)");
    expect(t).toContain("Repérer les signaux d’alerte dans son équipe");
  });
});
