import { printedIn } from "./livret-formateur-helpers.js";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, test } from "vitest";
import { ficheFormation } from "../../src/documents/fiche-formation.js";
import { findDocument } from "../../src/documents/registry.js";
import { checkAccessibility } from "../../src/docx/accessibility.js";
import { renderDocument, type RenderedDocument } from "../../src/docx/render-document.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { buildViewModel, type ViewModel } from "../../src/model/index.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { validateProject } from "../../src/validate/index.js";
import { docxText } from "../helpers/docx.js";
import { docxToPdf, libreOfficeMissing } from "../helpers/libreoffice.js";

const run = promisify(execFile);
const EXAMPLES = join(import.meta.dirname, "../../examples");

function load(name: string): TrainingProject {
  const path = join(EXAMPLES, name);
  const result = validateProject(parseProjectText(readFileSync(path, "utf8"), path));
  if (!result.valid) throw new Error(`${name} invalide`);
  return result.project;
}

const CASES = {
  selfPaced: { file: "autonomie-accessibilite-numerique.yaml", draft: false },
  hybrid: { file: "hybride-management-equipe.yaml", draft: false },
  large: { file: "grand-parcours.json", draft: false },
  draft: { file: "drafts/cahier-des-charges-brouillon.yaml", draft: true },
} as const;
type Key = keyof typeof CASES;
const complete: Key[] = ["selfPaced", "hybrid", "large"];

const vms = {} as Record<Key, ViewModel>;
const rendered = {} as Record<Key, RenderedDocument>;
/** pdftotext's reading order, every run of white space (no-break ones too) as one space. */
const text = {} as Record<Key, string>;

// Spaces folded, and apostrophes folded to ' (test/engine/typography.test.ts proves the ’).
const plain = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ").replace(/’/g, "'").trim();
/** The text without list numbers and bullets, which pdftotext sometimes reads apart from their items. */
const unlisted = (s: string) => s.replace(/(^| )(?:\d{1,2}\.|•)(?= )/g, "$1").replace(/ +/g, " ");
/**
 * Text compared without any white space or hyphen: pdftotext drops some no-break spaces (« 3h ») and
 * the hyphens of words cut at the end of a line (« codéveloppement »).
 */
const squash = (s: string) => s.replace(/[\s\u00a0\u202f-]+/g, "");
function expectHas(haystack: string, needle: string): void {
  // A row split across pages is printed in two parts, around the page's footer and header.
  if (!squash(haystack).includes(squash(needle)) && !printedIn(haystack, needle)) expect(haystack).toContain(needle);
}
/** The part of the text between two headings. */
function section(key: Key, from: string, to?: string): string {
  // The body, after the table of contents (which repeats the headings).
  const t = text[key].slice(text[key].indexOf("Fiche formation La fiche formation"));
  const start = t.indexOf(from);
  expect(start, `« ${from} » introuvable`).toBeGreaterThanOrEqual(0);
  const end = to === undefined ? t.length : t.indexOf(to, start + from.length);
  expect(end, `« ${to} » introuvable`).toBeGreaterThanOrEqual(0);
  return t.slice(start, end < 0 ? t.length : end);
}
/** Expects `items` to appear in this order in `t`. */
function inOrder(text: string, items: string[]): void {
  const t = squash(text);
  let at = -1;
  for (const item of items) {
    const next = t.indexOf(squash(item), at + 1);
    expect(next, `« ${item} » absent ou hors de l'ordre de Mentor`).toBeGreaterThan(at);
    at = next;
  }
}

async function flowText(pdf: Uint8Array, footer: string | undefined): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "fic-pdf-"));
  try {
    await writeFile(join(dir, "a.pdf"), pdf);
    const { stdout } = await run("pdftotext", ["-nopgbrk", join(dir, "a.pdf"), "-"]);
    // Running headers and footers would cut table cells that continue on the next page.
    const all = stdout.split("\n");
    const isPage = (line: string | undefined) => /^Page \d+ \/ \d+$/.test(line ?? "");
    // The footer: the organisation, then « Page X / N » (a blank line between).
    const lines = all.filter(
      (line, i) => !/^Fiche formation et fiche session – /.test(line) && !isPage(line) && !(line === footer && isPage(all.slice(i + 1).find((l) => l.trim() !== ""))),
    );
    return plain(lines.join("\n"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  for (const [key, c] of Object.entries(CASES) as [Key, (typeof CASES)[Key]][]) {
    vms[key] = buildViewModel(load(c.file), { draft: c.draft });
    rendered[key] = await renderDocument(ficheFormation, vms[key], { projectDir: EXAMPLES });
  }
  if (libreOfficeMissing) return;
  const pdfs = await docxToPdf(Object.fromEntries(Object.entries(rendered).map(([k, r]) => [k, r.buffer])));
  // Apostrophes folded to ' to compare with the data (test/engine/typography.test.ts proves the ’).
  for (const key of Object.keys(CASES) as Key[])
    text[key] = (await flowText(pdfs[key]!.pdf, vms[key].course.organisation)).replace(/’/g, "'");
});

describe("fiche formation (FIC, ACC): the document itself", () => {
  test("registered under the id « fiche-formation »", () => {
    expect(findDocument("fiche-formation")).toBe(ficheFormation);
  });

  test.each(Object.keys(CASES))("%s: no htmlToContent warning, accessible (headings, tables, TOC)", (key) => {
    expect(rendered[key as Key].warnings).toEqual([]);
    expect(checkAccessibility(rendered[key as Key].buffer)).toEqual([]);
  });
});

const FIC_FIELDS = [
  "Espace dédié",
  "Statut",
  "Libellé de la formation",
  "Nom abrégé de la formation",
  "Vignette (ratio recommandé : 3:2)",
  "Collections",
  "Formation certifiante",
  "Termes de la licence",
  "Prérequis (optionnel)",
  "Phrase d'accroche (152 caractères maximum)",
  "Objectifs et/ou problématique de la formation",
  "Modalités et/ou contenu de la formation",
  "Durée estimée en présence",
  "Durée estimée à distance",
  "Modalités envisagées de la formation",
  "Teaser vidéo (optionnel)",
  "Image teaser (ratio recommandé : 16:9) (optionnel)",
  "Identifiant SIRH d'origine (optionnel)",
  "Métier(s) (optionnel)",
  "Compétences (optionnel)",
  "Libellé de l'organisme producteur (optionnel)",
  "Nom abrégé de l'organisme producteur (18 caractères maximum) (optionnel)",
  "Logo de l'organisme producteur (ratio recommandé : carré) (optionnel)",
  "Adresse mél organisme producteur (optionnel)",
  "Concepteurs (optionnel)",
];
const SESSION_FIELDS = [
  "Espace dédié",
  "Statut",
  "Libellé de la session (optionnel)",
  "Nom abrégé de la session",
  "Ouverte à",
  "Public cible",
  "Modalités de l'inscription",
  "Durée en ligne",
  "Durée en présentiel",
  "Session permanente",
  "Date de début de la session de formation",
  "Date de fin de la session de formation",
  "Modalités de la session",
  "Accompagnement",
  "Nombre maximum de participants (optionnel)",
  "Lieu(x) de formation (optionnel)",
  "Structure organisatrice (optionnel)",
];

describe.skipIf(libreOfficeMissing)(`fiche formation rendered by LibreOffice${libreOfficeMissing ? ` (ignoré : ${libreOfficeMissing})` : ""}`, () => {
  test.each(complete)("FIC-1 %s: fiche formation field by field, in Mentor's order and labels, with title, objectives, approach, trailer", (key) => {
    const vm = vms[key];
    const fiche = section(key, "Fiche formation La fiche formation", "Fiche session La fiche session");
    // Labels whole in the document, their start in the PDF (a label cell wraps beside its value).
    const word = plain(docxText(rendered[key].buffer));
    const start = word.indexOf("Champ Mentor");
    inOrder(word.slice(start, word.indexOf("Fiche session", start)), FIC_FIELDS);
    inOrder(fiche, FIC_FIELDS.map((label) => label.split(" (")[0]!));
    expectHas(fiche, `Libellé de la formation ${plain(vm.course.title)}`);
    expectHas(fiche, `Nom abrégé de la formation ${vm.course.shortName}`);
    for (const o of vm.objectives) expectHas(unlisted(fiche), plain(o.label));
    expectHas(fiche, `Approche pédagogique : ${plain(vm.course.pedagogicalApproach!).slice(0, 60)}`);
    expectHas(fiche, `Teaser vidéo (optionnel) ${vm.course.trailer}`);
    expectHas(fiche, `Identifiant SIRH d'origine (optionnel) ${vm.course.sirhId ?? "Aucun"}`);
    expectHas(fiche, `Adresse mél organisme producteur (optionnel) ${vm.course.producer.contactEmail}`);
    expectHas(fiche, `Nom abrégé de l'organisme producteur (18 caractères maximum) (optionnel) ${vm.course.producer.shortName} (${vm.course.producer.shortName!.length} caractères sur 18)`);
    for (const job of vm.course.typicalJobs) expectHas(fiche, plain(job));
    for (const c of vm.competences) expectHas(fiche, plain(c.label));
  });

  test("FIC-1: collection names, catchphrase with its count against 152, Mentor's hours and minutes, licence, certifying", () => {
    const hybrid = section("hybrid", "Fiche formation La fiche formation", "Fiche session La fiche session");
    expectHas(hybrid, "Collections Management Formation certifiante Non Termes de la licence cc-sa");
    const phrase = vms.hybrid.course.catchphrase!;
    expectHas(hybrid, `${plain(phrase)} ${[...phrase].length} caractères sur 152`);
    expectHas(hybrid, "Durée estimée en présence Heures : 07 – Minutes : 00 Durée estimée à distance Heures : 13 – Minutes : 00");
    expectHas(hybrid, "Modalités envisagées de la formation Mixte");
    const selfPaced = section("selfPaced", "Fiche formation La fiche formation", "Fiche session La fiche session");
    expectHas(selfPaced, "Collections Numérique et systèmes d'information et de communication");
    expectHas(selfPaced, "Durée estimée en présence Heures : 00 – Minutes : 00 Durée estimée à distance Heures : 03 – Minutes : 00");
    expectHas(selfPaced, "Modalités envisagées de la formation En ligne");
  });

  test.each(complete)("MOD-1 (FIC) %s: the course's modalities", (key) => {
    expectHas(text[key], `Modalités : ${plain(vms[key].course.modalitiesText!)}.`);
  });

  test.each(complete)("FIC-2 %s: fiche session in Mentor's order: dates, audience, registration, durations, modalities, context", (key) => {
    const vm = vms[key];
    const fiche = section(key, "Fiche session La fiche session", "Publication de la session");
    const word = plain(docxText(rendered[key].buffer));
    const start = word.indexOf("Champ Mentor", word.indexOf("La fiche session est saisie"));
    inOrder(word.slice(start, word.indexOf("Publication de la session", start)), SESSION_FIELDS);
    inOrder(fiche, SESSION_FIELDS.map((label) => label.split(" (")[0]!));
    expectHas(fiche, `Nom abrégé de la session ${vm.session.shortName}`);
    expectHas(fiche, `Public cible ${plain(vm.mentor.audience!)}`);
    expectHas(fiche, `Modalités de l'inscription ${vm.session.registrationModeLabel}`);
    expectHas(fiche, `Date de début de la session de formation ${vm.session.startDateView!.short} (${plain(vm.session.startDateView!.long)})`);
    expectHas(fiche, `Modalités de la session ${vm.session.modalityLabel}`);
    expectHas(fiche, `Accompagnement ${plain(vm.session.accompaniment!)}`);
  });

  test("FIC-2: permanent session, end date, Mentor's duration fields, registration details and context", () => {
    expectHas(text.selfPaced, "Session permanente Oui");
    expectHas(text.selfPaced, "Date de fin de la session de formation Aucune : session permanente");
    expectHas(text.selfPaced, "Durée en ligne Heures : 03 – Minutes : 00 Durée en présentiel Heures : 00 – Minutes : 00");
    expectHas(text.hybrid, "Session permanente Non");
    expectHas(text.hybrid, "Date de fin de la session de formation 17/04/2026 (vendredi 17 avril 2026)");
    expectHas(text.hybrid, "Modalités de l'inscription Autre Précisions à saisir : Inscription sur Mentor jusqu'au 20 février 2026");
    expectHas(text.hybrid, "Nombre maximum de participants (optionnel) 16");
    expectHas(text.hybrid, "Contexte de mise en œuvre Session réservée aux encadrants");
  });

  test("PUB-1 (FIC): owning space, « Ouverte à » with the spaces, PFRH regions", () => {
    expectHas(text.hybrid, 
      "Ouverte à Les utilisateurs de l'espace Ministère de la Transition écologique et des espaces dédiés suivants : Espaces dédiés à ajouter à la liste : Ministère de l'Agriculture et de la Souveraineté alimentaire ; Auvergne-Rhône-Alpes (espace régional PFRH) ; Bourgogne-Franche-Comté (espace régional PFRH)",
    );
    expectHas(text.hybrid, "La session est créée dans l'espace dédié Ministère de la Transition écologique");
    expectHas(text.hybrid, "partagée avec les espaces dédiés régionaux (plates-formes régionales RH) suivants : Auvergne-Rhône-Alpes et Bourgogne-Franche-Comté");
    expectHas(text.selfPaced, "Ouverte à Tous les utilisateurs de tous les espaces dédiés");
    expectHas(text.selfPaced, "La session est créée dans l'espace dédié Services du Premier ministre");
    expectHas(text.selfPaced, "de tous les agents connectés à Mentor");
  });

  test.each(complete)("ENT-1 (FIC) %s: objectives, duration, modalities, calendar, competences, evaluation, registration, prerequisites, accompaniment", (key) => {
    const vm = vms[key];
    const entry = unlisted(section(key, "Informations données à l'inscription et à l'entrée", "Reconnaissance des acquis"));
    for (const o of vm.objectives) expectHas(entry, plain(o.label));
    expectHas(entry, `Durée ${plain(vm.totals.declared.total!.text)}`);
    expectHas(entry, `Modalités ${plain(vm.course.modalitiesText!)}`);
    expectHas(entry, `Calendrier ${plain(vm.course.calendar!)}`);
    for (const c of vm.competences) expectHas(entry, plain(c.label));
    expectHas(entry, `Modalités d'évaluation ${plain(vm.course.evaluationModalities!)}`);
    // Registration: one text everywhere, the session's terms when it states them, else the course's.
    const registration = vm.session.registration?.details ?? vm.course.registrationModalities!;
    expect(vm.mentor.registrationText).toBe(registration);
    expectHas(entry, `Modalités d'inscription ${plain(registration)}`);
    expectHas(entry, `Prérequis ${plain(vm.course.prerequisites!)}`);
    expectHas(entry, `Modalités d'accompagnement ${plain(vm.course.accompanimentModalities!)}`);
  });

  test.each(complete)("REC-1 (FIC) %s: what the attestation states", (key) => {
    const vm = vms[key];
    const rec = section(key, "Reconnaissance des acquis", "Texte de la page d'accueil");
    // The attestation's name inside the sentence, in lower case: « donne lieu à une attestation de fin de formation ».
    const name = vm.recognition.attestationTypeLabel!;
    expectHas(rec, `La formation donne lieu à une ${name.charAt(0).toLowerCase()}${name.slice(1)}`);
    expectHas(rec, `Libellé de la formation ${plain(vm.course.title)}`);
    expectHas(rec, `Durée ${plain(vm.attestation.duration!.text)}`);
    expectHas(rec, `Les ${vm.objectives.length} objectifs pédagogiques de la fiche formation`);
    for (const c of vm.competences) expectHas(rec, plain(c.label));
    expectHas(rec, `Organisme qui la délivre ${plain(vm.recognition.issuer.name!)}`);
    expectHas(rec, plain(vm.recognition.criteria.description!));
    expectHas(rec, `Temps minimal : ${plain(vm.recognition.minimumTimeText!)}`);
    // The role follows the name inside the sentence: « Isabelle Fournier, directrice du CVRH de Lyon ».
    const role = vm.recognition.signatory.role!;
    expectHas(rec, `Signataire ${plain(vm.recognition.signatory.name!)}, ${plain(role.charAt(0).toLowerCase() + role.slice(1))}`);
  });

  test.each(complete)("UNI-1, REP-1 (ACC) %s: each unit with its objectives, duration, modalities and instructions", (key) => {
    const vm = vms[key];
    const welcome = section(key, "Texte de la page d'accueil");
    const overview = section(key, "Le parcours en un coup d'œil", "Vos rendez-vous");
    for (const u of vm.allUnits) {
      expectHas(overview, `${u.number}. ${plain(u.title)}`);
      for (const o of u.objectiveRefs) expectHas(overview, plain(o.label).slice(0, 25));
      expectHas(overview, plain(u.declaredDuration?.text ?? u.totals.all.text));
      expectHas(overview, plain(u.modality!));
      expectHas(welcome, `${u.number}. ${plain(u.title)} : ${plain(u.instructions!).slice(0, 40)}`);
    }
  });

  test.each(complete)("AUT-3 (ACC) %s: the overview of all modules", (key) => {
    const vm = vms[key];
    // The form's label, unless the description names it already (« Une infographie présente… »).
    expectHas(section(key, "Le parcours en un coup d'œil"), plain(vm.welcome.overviewText!));
    expect(vm.welcome.overviewText).toContain(vm.welcome.overview.description!);
  });

  test("ACC-1: synchronous appointments with dates and times; none for a self-paced course", () => {
    const rdv = section("hybrid", "Vos rendez-vous", "Suivre votre progression");
    for (const a of vms.hybrid.session.appointments) {
      expectHas(rdv, plain(a.dateView!.long));
      expectHas(rdv, `${plain(a.startTimeText!)} – ${plain(a.endTimeText!)}`);
      expectHas(rdv, plain(a.title!));
    }
    expectHas(rdv, "mardi 10 mars 2026 10 h – 11 h 30");
    expectHas(section("selfPaced", "Vos rendez-vous", "Suivre votre progression"), "Cette formation ne comporte pas de rendez-vous en direct");
  });

  test.each(complete)("PRO-1 (ACC) %s: how to follow progress: the tracking bar's activities", (key) => {
    const vm = vms[key];
    const progress = section(key, "Suivre votre progression", "Évaluation");
    expectHas(progress, plain(vm.welcome.progressCues!));
    // After the project's own cues, the list's lead does not present the bar again.
    expectHas(progress, `Les ${vm.tracking.count} activités de la barre de suivi`);
    for (const a of vm.tracking.activities) expectHas(progress, plain(a.title));
  });

  test.each(complete)("ACC-1 %s: evaluation and contacts for questions and technical problems", (key) => {
    const vm = vms[key];
    const welcome = section(key, "Texte de la page d'accueil");
    expectHas(section(key, "Évaluation", "Vos formateurs"), plain(vm.welcome.evaluation!));
    const contacts = section(key, "Contacts En cas de question");
    expect(vm.contacts.length).toBeGreaterThan(0);
    for (const c of vm.contacts) expectHas(contacts, `${plain(c.display)} : ${c.email}`);
    expectHas(welcome, `Bienvenue dans la formation « ${plain(vm.course.title)} »`);
  });

  test("PRE-1 (ACC): the « Mes formateurs » block with the trainers; a self-paced course says there is none", () => {
    const trainers = section("hybrid", "Vos formateurs", "Contacts");
    expectHas(trainers, "bloc « Mes formateurs »");
    for (const t of vms.hybrid.trainers) expectHas(trainers, plain(t.display));
    expectHas(section("selfPaced", "Vos formateurs", "Contacts"), "sans formateur attitré");
  });

  test("FIC-1, FIC-2, ENT-1, PUB-1, REC-1, ACC-1 draft: « À COMPLÉTER » naming its rule where a rule requires the data; optional fields left out or for the team to choose", () => {
    const t = text.draft;
    for (const marker of [
      "À COMPLÉTER : l'espace dédié qui porte la formation (PUB-1)",
      "À COMPLÉTER : l'approche pédagogique choisie (FIC-1)",
      "À COMPLÉTER : les compétences professionnelles travaillées (ENT-1)",
      "À COMPLÉTER : la date de début (FIC-2)",
      "À COMPLÉTER : la date de fin (FIC-2)",
      "À COMPLÉTER : les modalités d'évaluation (ENT-1)",
      "À COMPLÉTER : les modalités d'inscription (ENT-1)",
      "À COMPLÉTER : les modalités d'accompagnement (ENT-1)",
      "À COMPLÉTER : une attestation ou un open badge (REC-1)",
      "À COMPLÉTER : l'organisme qui délivre l'attestation (REC-1)",
      "À COMPLÉTER : les critères d'obtention (REC-1)",
      "À COMPLÉTER : les contacts pour les questions et les problèmes techniques (ACC-1)",
    ]) {
      expectHas(t, marker);
    }
    // Fields no rule requires: for the team to choose, or left out; never marked.
    expectHas(t, "Nom abrégé de la formation À choisir : court et unique sur Mentor");
    for (const unmarked of ["le nom abrégé", "la ou les collections", "la phrase d'accroche", "les dates et horaires des rendez-vous"]) {
      expect(squash(t), unmarked).not.toContain(squash(`À COMPLÉTER : ${unmarked}`));
    }
    expect(squash(t)).not.toContain(squash("Phrase d'accroche (152 caractères maximum)"));
    // A hybrid course without appointments nor named trainers: its dates and its trainers come from the trainers' block,
    // never « sans formateur attitré ».
    expectHas(section("draft", "Vos rendez-vous", "Suivre votre progression"), "Les dates des rendez-vous en direct vous seront communiquées par vos formateurs.");
    const trainers = section("draft", "Vos formateurs", "Contacts");
    expectHas(trainers, "Vos formateurs figurent dans le bloc « Mes formateurs » de la page de la formation");
    expect(squash(trainers)).not.toContain(squash("sans formateur attitré"));
    // What the draft gives is there.
    expectHas(t, "Libellé de la formation Prévenir les risques psychosociaux dans son équipe");
    expectHas(t, "Prérequis (optionnel) Aucun");
  });
});
