import { dirname } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkProject, REQUIREMENTS, type CheckResult } from "../../src/check/index.js";
import { formatDuration, parseDuration } from "../../src/common/duration.js";
import { cahierDesCharges } from "../../src/documents/cahier-des-charges.js";
import { renderDocument } from "../../src/documents/definition.js";
import { findDocument } from "../../src/documents/registry.js";
import { checkAccessibility } from "../../src/docx/accessibility.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { buildViewModel, LABELS, type ViewModel } from "../../src/model/index.js";
import { MODALITY_DESCRIPTIONS } from "../../src/model/specification.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { libreOfficeMissing } from "../helpers/libreoffice.js";
import { EXAMPLES, lostTableRows, printExamples, printedIn, rawActivities, section, squash, type Printed, type Rendered } from "./livret-formateur-helpers.js";

/**
 * The cahier des charges as LibreOffice prints it, for the three complete examples, the draft, and a
 * variant of the hybrid example that breaks some requirements (a unit without activity, a SCORM
 * package wrapping the course, an individual activity evaluated by the trainer, an overloaded
 * tracking bar, an untracked evaluation questionnaire).
 */
const NAMES = ["hybride", "autonomie", "grand", "brouillon", "variante"] as const;
type Name = (typeof NAMES)[number];
const COMPLETE = ["hybride", "autonomie", "grand"] as const;

const raw = {} as Record<Name, any>;
const checks = {} as Record<Name, CheckResult>;
const rendered = {} as Record<Name, Rendered>;
let printed: Record<string, Printed>;

/** Variant of the hybrid example: each change breaks one requirement the CDC must flag. */
function variant(hybrid: any): any {
  const p = structuredClone(hybrid);
  p.units.push({ id: "u7", title: "Unité sans activité", objectives: ["obj-posture"], modality: "à distance", instructions: "Aucune." });
  p.units[5].activities.push({
    id: "a-paquetage",
    title: "Paquetage intégral du parcours",
    kind: "scorm",
    wrapsWholeCourse: true,
    modality: { synchronous: false, grouping: "individual", place: "online" },
    duration: "10 min",
    objectives: ["obj-posture"],
    instructions: "Suivez le paquetage.",
  });
  const reading = p.units[0].activities.find((a: any) => a.id === "a1-lecture-role");
  reading.evaluation = "trainer";
  p.settings.trackingThreshold = 3;
  p.units[5].activities.find((a: any) => a.id === "a6-questionnaire").tracked = false;
  return p;
}

beforeAll(async () => {
  for (const name of NAMES) {
    if (name === "variante") continue;
    raw[name] = (await loadProjectFile(EXAMPLES[name].file)).data;
  }
  raw.variante = variant(raw.hybride);
  for (const name of NAMES) {
    const draft = name === "brouillon" || name === "variante";
    checks[name] = checkProject(raw[name] as TrainingProject);
    const vm = buildViewModel(raw[name] as TrainingProject, { draft, check: checks[name] });
    const file = name === "variante" ? EXAMPLES.hybride.file : EXAMPLES[name].file;
    const { buffer, warnings, html } = await renderDocument(cahierDesCharges, vm, { projectDir: dirname(file) });
    rendered[name] = { vm, buffer, warnings, html };
  }
  if (!libreOfficeMissing) printed = await printExamples(rendered, "cdc");
});

/** The printed text, apostrophes folded to ' to compare with the data (test/engine/typography.test.ts proves the ’). */
const textOf = (name: Name) => printed[name]!.raw.replace(/’/g, "'");
const vmOf = (name: Name): ViewModel => rendered[name]!.vm;
const expectShows = (text: string, expected: string | undefined, what = expected) => {
  expect(expected, `expected value for ${what}`).toBeTruthy();
  expect(printedIn(text, expected!), `the cahier des charges should show ${what}`).toBe(true);
};
const expectNotShows = (text: string, unexpected: string, what = unexpected) =>
  expect(printedIn(text, unexpected, 40), `the cahier des charges should not show ${what}`).toBe(false);
const duration = (text: string) => formatDuration(parseDuration(text)!);
/** The printed text from the first occurrence of `marker` (spaces of any kind), `length` characters long. */
function from(text: string, marker: string, length = 4000): string {
  const pattern = new RegExp(marker.trim().split(/[\s\u00a0\u202f]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\u00a0\\u202f]+"));
  const match = pattern.exec(text);
  if (!match) throw new Error(`« ${marker} » not found`);
  return text.slice(match.index, match.index + length);
}

describe("cahier des charges: the Word file", () => {
  test("is registered under its id", () => {
    expect(findDocument("cahier-des-charges")).toBe(cahierDesCharges);
  });

  test.each(NAMES)("%s: no htmlToContent warning, accessibility check passes", (name) => {
    expect(rendered[name]!.warnings).toEqual([]);
    expect(checkAccessibility(rendered[name]!.buffer)).toEqual([]);
  });

  test("the view model computes the grid when no check is given, the same as checkProject", () => {
    const withoutCheck = buildViewModel(raw.hybride as TrainingProject);
    expect(withoutCheck.specification.conformity.rows.map((r) => [r.requirement, r.status])).toEqual(
      checks.hybride.grid.map((r) => [r.requirement, r.status]),
    );
  });
});

describe.skipIf(libreOfficeMissing)(`cahier des charges as LibreOffice prints it${libreOfficeMissing ? ` (ignoré : ${libreOfficeMissing})` : ""}`, () => {
  test("cover: buyer, object, reference, version and date", () => {
    const cover = printed.hybride!.layout.split("\f")[0]!;
    const t = raw.hybride.tender;
    expectShows(cover, `Acheteur : ${t.buyer.name}`);
    expectShows(cover, t.object.slice(0, 80), "the object");
    expectShows(cover, `Référence de la consultation : ${t.reference}`);
    expectShows(cover, `Version ${raw.hybride.meta.version}`);
    expectShows(cover, "Lundi 20 janvier 2025");
    expectShows(cover, "Cahier des charges");
  });

  test("context, object, scope, audience and numbers from the tender", () => {
    for (const name of ["hybride", "grand"] as const) {
      const text = textOf(name);
      const t = raw[name].tender;
      expectShows(section(text, "Le besoin de l'acheteur", "Le programme Mentor"), t.context);
      expectShows(section(text, "Objet et périmètre de la prestation", "Périmètre"), t.object);
      expectShows(section(text, "Objet et périmètre de la prestation", "La formation attendue"), t.scope);
      const audience = section(text, "Public, prérequis et effectifs", "Objectifs et compétences");
      expectShows(audience, raw[name].course.targetAudience);
      expectShows(audience, raw[name].course.prerequisites);
      expectShows(audience, `${t.expectedParticipants} participants sur la durée du marché`);
    }
    expectShows(section(textOf("hybride"), "Le programme Mentor", "Objet et périmètre"), "plateforme interministérielle de formation en ligne");
  });

  test("MOD-1: each chosen modality with what it implies for the provider, and only those", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Modalités pédagogiques retenues", "Temps synchrones et guidance");
      const chosen: string[] = raw[name].course.modalities;
      expect(chosen.length).toBeGreaterThan(0);
      for (const id of Object.keys(MODALITY_DESCRIPTIONS) as (keyof typeof MODALITY_DESCRIPTIONS)[]) {
        if (chosen.includes(id)) {
          expectShows(text, LABELS.courseModality[id]);
          expectShows(text, MODALITY_DESCRIPTIONS[id].providerDuties, `what ${id} implies for the provider`);
        } else {
          expectNotShows(text, MODALITY_DESCRIPTIONS[id].providerDuties, `the duties of the modality ${id}, not chosen`);
        }
      }
    }
  });

  test("MOD-2: every synchronous activity with its guidance; a missing guidance is for the provider to design", () => {
    for (const name of ["hybride", "grand"] as const) {
      const text = section(textOf(name), "Temps synchrones et guidance", "Scénario pédagogique");
      const synchronous = rawActivities(raw[name]).filter((a) => a.modality?.synchronous === true);
      expect(synchronous.length).toBeGreaterThan(0);
      for (const a of synchronous) {
        expectShows(text, a.title);
        expectShows(text, a.guidance, `the guidance of « ${a.title} »`);
      }
    }
    const autonomie = section(textOf("autonomie"), "Temps synchrones et guidance", "Scénario pédagogique");
    expectShows(autonomie, "La formation ne comporte pas de temps synchrone : aucune guidance d'animation n'est donc attendue.");
    expectNotShows(autonomie, "Le titulaire la livre pour chacun des temps ci-dessous");
    // MOD-2 only warns: a missing guidance is no marker, even in a draft, but the provider's task.
    const draft = section(textOf("brouillon"), "Temps synchrones et guidance", "Scénario pédagogique");
    expectShows(draft, "Journée en présentiel");
    expectShows(draft, "À concevoir par le titulaire : supports, scénario et consignes d'animation.");
    expect(draft).not.toContain("À COMPLÉTER");
  });

  test("RES-1, RES-2, RES-3, RES-4: every resource with its activity, form, audience, duration and instruction", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Ressources (D.2)", "Liens externes");
      const vm = vmOf(name);
      expectShows(text, "introduite par une consigne");
      expectShows(text, "compté dans le temps de formation");
      const resources = vm.specification.resources;
      expect(resources.length).toBeGreaterThan(0);
      for (const r of resources) {
        const cells = [r.title, r.activityRef?.number, r.formLabel, r.audienceLabel, r.durationText, r.instructions].filter((c): c is string => c !== undefined);
        // A table's first body row may split across two pages (LibreOffice would otherwise drop the rest
        // of the table), its cells' lines then interleave with the page's footer: each cell is printed.
        const whole = printedIn(text, cells.join(" "));
        for (const cell of whole ? [] : cells) expectShows(text, cell, `the resource « ${r.title} »: ${cell}`);
      }
      const learner = resources.filter((r) => r.audience === "learner").length;
      const trainer = resources.filter((r) => r.audience === "trainer").length;
      expectShows(text, `Le scénario compte ${resources.length} ressources`);
      expectShows(text, `${learner} destinée${learner > 1 ? "s" : ""} aux participants et ${trainer} en appui du formateur`);
    }
    // RES-3: the trainer booklet's resources are there, for the trainer.
    const text = section(textOf("hybride"), "Ressources (D.2)", "Liens externes");
    // Each row whole, or, for a first body row split across two pages, each of its cells.
    const expectRow = (where: string, cells: string[], what: string) => {
      if (!printedIn(where, cells.join(" "))) for (const cell of cells) expectShows(where, cell, `${what}: ${cell}`);
    };
    for (const r of raw.hybride.trainerBooklet.resources) expectRow(text, [r.title, LABELS.resourceForm[r.form as "slides"], "Formateur", duration(r.duration)], `the trainer's resource « ${r.title} »`);
    // In the scenario, each activity lists its own resources (RES-1 as the provider builds it).
    const scenario = section(textOf("hybride"), "Scénario pédagogique", "Exigences applicables à la prestation");
    for (const a of rawActivities(raw.hybride)) {
      for (const r of a.resources ?? []) expectRow(scenario, [r.title, LABELS.resourceForm[r.form as "text"]], `the resource « ${r.title} » of its activity`);
    }
  });

  test("RES-5: every external link with its site, said institutional or not", () => {
    expectShows(section(textOf("hybride"), "Ressources (D.2)", "Liens externes"), "les liens externes ne mènent qu'à des sites institutionnels et stables");
    const text = section(textOf("hybride"), "Liens externes", "Activités (D.3)");
    for (const link of vmOf("hybride").specification.externalLinks) {
      expectShows(text, `${link.title} ${link.host} Site institutionnel`);
    }
    for (const l of raw.hybride.conclusion.furtherReading) expectShows(text, l.title);
    const draft = section(textOf("brouillon"), "Liens externes", "Activités (D.3)");
    expectShows(draft, "Article de blog sur le stress blog.example.com Site non reconnu comme institutionnel");
  });

  test("ACT-1: each unit with its number of activities; a unit without activity is marked", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Activités (D.3)", "Entrée en formation et positionnement");
      expectShows(text, "chaque unité comporte au moins une activité");
      for (const u of vmOf(name).allUnits) expectShows(text, `${u.number} ${u.title} ${u.activities.length}`);
    }
    // The unit without activity: 0 in the table, and a marker naming the rule, in D.3 and in its own section.
    const activities = section(textOf("variante"), "Activités (D.3)", "Entrée en formation");
    expectShows(activities, "7 Unité sans activité 0");
    expectShows(activities, "À COMPLÉTER : au moins une activité dans chaque unité (ACT-1)");
    expectShows(section(textOf("variante"), "Unité 7 – Unité sans activité", "Exigences applicables"), "À COMPLÉTER : au moins une activité dans cette unité (ACT-1)");
  });

  test("ACT-2, REP-1: every activity with its modality, duration, objectives and instructions, a table per unit", () => {
    for (const name of ["hybride", "grand"] as const) {
      const text = section(textOf(name), "Scénario pédagogique", "Exigences applicables à la prestation");
      const vm = vmOf(name);
      for (const a of vm.activities) {
        const card = from(text, `Activité ${a.number} –`);
        expectShows(card, `${a.title}`, `the title of ${a.number}`);
        expectShows(card, `Modalité ${a.modalityText}`, `the modality of ${a.number}`);
        expectShows(card, `Durée ${a.durationText}`, `the duration of ${a.number}`);
        // An activity of the course's organisation serves no objective, and its card says so.
        if (a.organisational) expectShows(card, "Objectifs visés Aucun : activité d'organisation de la formation", `the purpose of ${a.number}`);
        else expectShows(card, `${a.objectiveRefs[0]!.number}. ${a.objectiveRefs[0]!.label}`, `an objective of ${a.number}`);
        expectShows(card, a.instructions, `the instructions of ${a.number}`);
      }
      // The unit's table: one row per activity, with modality, duration, objectives, tracking, evaluation.
      for (const u of vm.allUnits.filter((u) => u.activities.length > 0)) {
        const table = from(text, `Activités de l'unité ${u.number}\n`, 6000);
        for (const a of u.activities) {
          expectShows(table, `${a.number} ${a.title}`, `the row of ${a.number} in the table of unit ${u.number}`);
        }
      }
    }
    for (const a of rawActivities(raw.hybride)) {
      const text = section(textOf("hybride"), "Scénario pédagogique", "Exigences applicables à la prestation");
      expectShows(text, duration(a.duration), `the duration of « ${a.title} »`);
      expectShows(text, a.instructions, `the instructions of « ${a.title} »`);
      if (a.expectedOutput) expectShows(text, a.expectedOutput, `the expected output of « ${a.title} »`);
    }
    // REP-1 for units: objectives, duration, modalities and instructions of each unit.
    for (const u of raw.hybride.units) {
      const text = section(textOf("hybride"), "Scénario pédagogique", "Exigences applicables à la prestation");
      expectShows(text, `Durée ${duration(u.duration)} annoncée`);
      expectShows(text, `Modalités ${u.modality}`);
      expectShows(text, u.instructions);
    }
    expectShows(section(textOf("brouillon"), "Scénario pédagogique", "Exigences applicables"), "À COMPLÉTER : les consignes ou les attendus");
  });

  test("ENT-1: the seven entry items with the project's values", () => {
    const text = section(textOf("hybride"), "Entrée en formation et positionnement (D.4)", "Activités de positionnement");
    const c = raw.hybride.course;
    expectShows(text, `Objectifs pédagogiques ${c.objectives.length} objectifs`);
    expectShows(text, `Durée, modalités, calendrier 20 h ; Hybride et classe virtuelle ${c.calendar}`);
    for (const comp of c.competences) expectShows(text, comp.label);
    expectShows(text, `Modalités d'évaluation ${c.evaluationModalities}`);
    expectShows(text, `Modalités d'inscription ${raw.hybride.session.registration.details}`);
    expectShows(text, `Prérequis ${c.prerequisites}`);
    expectShows(text, `Modalités d'accompagnement ${c.accompanimentModalities}`);
    const draft = section(textOf("brouillon"), "Entrée en formation et positionnement (D.4)", "Activités de positionnement");
    expectShows(draft, "À COMPLÉTER : les compétences travaillées");
    expectShows(draft, "À COMPLÉTER : les modalités d'évaluation");
  });

  test("ENT-2: the positioning activities", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Activités de positionnement", "Autonomie et navigation libre");
      const positioning = vmOf(name).activities.filter((a) => a.positioning);
      expect(positioning.length).toBeGreaterThan(0);
      expectShows(text, `Le projet en prévoit ${positioning.length}`);
      for (const a of positioning) expectShows(text, `Activité ${a.number} – ${a.title}`);
    }
  });

  test("AUT-1, UNI-2: contents open from the entry, no single SCORM package wrapping the course", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Autonomie et navigation libre (D.5, E.4)", "Repères (D.6)");
      expectShows(text, "l'ensemble des contenus est ouvert dès l'entrée");
      expectShows(text, "la formation n'est pas livrée sous la forme d'un paquetage SCORM unique qui engloberait toute sa structure");
      expectShows(text, `Navigation ${LABELS.navigationMode.free}`);
      expectShows(text, "Paquetages SCORM Aucun");
    }
    const variantText = section(textOf("variante"), "Autonomie et navigation libre (D.5, E.4)", "Repères (D.6)");
    const wrapping = vmOf("variante").activities.find((a) => a.id === "a-paquetage")!;
    expectShows(variantText, `L'activité ${wrapping.number} – Paquetage intégral du parcours englobe toute la formation : à découper en unités et activités (UNI-2)`);
  });

  test("AUT-2, AUT-3: reflective activities and the overview of all modules", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Autonomie et navigation libre (D.5, E.4)", "Repères (D.6)");
      const reflective = vmOf(name).activities.filter((a) => a.reflective);
      expect(reflective.length).toBeGreaterThan(0);
      for (const a of reflective) expectShows(text, `${a.number} – ${a.title}`);
      expectShows(text, raw[name].welcome.overview.description, "the overview");
    }
    // No rule checks the overview: without one, the provider proposes it (no marker).
    const draft = section(textOf("brouillon"), "Autonomie et navigation libre (D.5, E.4)", "Repères (D.6)");
    expectShows(draft, "Présentation d'ensemble Le titulaire en propose une (infographie ou présentation dynamique)");
    expect(draft).not.toContain("À COMPLÉTER");
  });

  test("PRO-1, ORG-2: the tracked activities, their number against the threshold", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Suivi de la progression (D.7, E.3.b)", "Évaluation (D.8)");
      const vm = vmOf(name);
      expect(vm.tracking.count).toBeGreaterThan(0);
      for (const a of vm.tracking.activities) expectShows(text, `${a.number} ${a.title} ${a.unit.number} – ${a.unit.title}`.slice(0, 120));
      expectShows(text, `La barre de suivi compte ${vm.tracking.count} éléments, pour un seuil de ${vm.tracking.threshold}`);
      expectNotShows(text, "le titulaire propose d'en réduire le nombre");
    }
    const variantText = section(textOf("variante"), "Suivi de la progression (D.7, E.3.b)", "Évaluation (D.8)");
    expectShows(variantText, `pour un seuil de 3 au-delà duquel elle serait trop chargée : le titulaire propose d'en réduire le nombre`);
  });

  test("EVA-1, EVA-2, EVA-3: evaluated activities by kind, trainer evaluation kept for groups, self-evaluation results private", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Évaluation (D.8)", "Reconnaissance des acquis");
      const vm = vmOf(name);
      for (const a of vm.activities.filter((a) => a.evaluation && a.evaluation !== "none")) expectShows(text, `${a.number} – ${a.title}`);
      for (const g of vm.specification.evaluationGroups) expectShows(text, g.label);
      expectShows(text, "L'évaluation par les formateurs est réservée aux productions de groupe");
      expectShows(text, "Les résultats des auto-évaluations sont réservés au participant");
      expectShows(text, "Le projet le prévoit expressément.");
    }
    expectShows(section(textOf("hybride"), "Évaluation (D.8)", "Reconnaissance des acquis"), "Formation certifiante : non. Aucune activité individuelle n'est évaluée par un formateur.");
    const variantText = section(textOf("variante"), "Évaluation (D.8)", "Reconnaissance des acquis");
    expectShows(variantText, "Les activités individuelles évaluées par le formateur (1.4) sont à transformer en productions de groupe ou en auto-positionnement.");
  });

  test("REC-1: the attestation's mentions", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Reconnaissance des acquis (D.9, E.6)", "Fiche formation et fiche session (E.1)");
      const vm = vmOf(name);
      expectShows(text, `Libellé de la formation ${vm.course.title}`);
      expectShows(text, `Durée ${vm.attestation.duration!.text}`);
      for (const o of vm.objectives) expectShows(text, `${o.number}. ${o.label}`);
      for (const c of vm.competences) expectShows(text, c.label);
      expectShows(text, `Organisme qui délivre ${vm.attestation.issuer}`);
      expectShows(text, "Critères d'obtention");
      if (vm.attestation.criteriaActivitiesText) expectShows(text, `Activités à réaliser : ${vm.attestation.criteriaActivitiesText}`);
      if (vm.recognition.minimumTimeText) expectShows(text, `Temps minimal : ${vm.recognition.minimumTimeText}`);
    }
    const draft = section(textOf("brouillon"), "Reconnaissance des acquis (D.9, E.6)", "Fiche formation et fiche session (E.1)");
    expectShows(draft, "À COMPLÉTER : l'organisme qui délivre l'attestation");
    expectShows(draft, "À COMPLÉTER : les critères d'obtention");
  });

  test("FIC-1: title, catchphrase, approach and trailer of the fiche formation", () => {
    for (const name of ["hybride", "autonomie"] as const) {
      const text = section(textOf(name), "Fiche formation et fiche session (E.1)", "Page d'accueil (E.2)");
      const c = raw[name].course;
      expectShows(text, `Libellé ${c.title}`);
      expectShows(text, c.catchphrase);
      expectShows(text, `Bande-annonce vidéo Prévue : ${c.trailer}`);
      expectShows(section(textOf(name), "Approche pédagogique", "Durées"), c.pedagogicalApproach);
    }
    expectShows(section(textOf("brouillon"), "Fiche formation et fiche session (E.1)", "Page d'accueil (E.2)"), "À COMPLÉTER : l'approche pédagogique");
  });

  test("ACC-1: synchronous appointments with date and time, and the contacts", () => {
    const text = section(textOf("hybride"), "Page d'accueil (E.2)", "Présence à distance (E.5)");
    expectShows(text, "mardi 10 mars 2026, de 10 h à 11 h 30");
    expectShows(text, "jeudi 2 avril 2026, de 9 h à 16 h");
    for (const a of raw.hybride.session.appointments) expectShows(text, a.title);
    for (const c of raw.hybride.welcome.contacts) expectShows(text, `${c.name} ${c.role} ${c.email}`);
    expectShows(text, raw.hybride.welcome.progressCues);
    expectShows(section(textOf("brouillon"), "Page d'accueil (E.2)", "Présence à distance (E.5)"), "À COMPLÉTER : les contacts pour les questions et les problèmes techniques (ACC-1)");
  });

  test("PRE-1, PRE-2, PRE-3: Mes formateurs, participant list, profile, collaborative tools", () => {
    const text = section(textOf("hybride"), "Présence à distance (E.5)", "Conclusion de la formation (E.6)");
    expectShows(text, "Bloc « Mes formateurs » Affiché : le participant écrit aux formateurs par la messagerie interne");
    for (const t of raw.hybride.session.trainers) expectShows(text, t.name);
    expectShows(text, "Liste des participants Accessible aux participants");
    expectShows(text, "Les participants sont invités à compléter leur profil dès l'entrée");
    for (const tool of vmOf("hybride").presenceTools) {
      expectShows(text, `${tool.label} ${tool.used ? "Oui" : "Non"} ${tool.activities.map((a) => a.number).join(", ") || "—"}`);
    }
    expectShows(text, "Outil de classe virtuelle : BigBlueButton.");
    expectShows(section(textOf("autonomie"), "Présence à distance (E.5)", "Conclusion de la formation (E.6)"), "Non prévu (formation en autonomie)");
    // A tutored course that names no trainer (PRE-1 only warns) still has the block displayed; no marker.
    const draft = section(textOf("brouillon"), "Présence à distance (E.5)", "Conclusion de la formation (E.6)");
    expect(raw.brouillon.session?.trainers ?? []).toEqual([]);
    expectShows(draft, "Bloc « Mes formateurs » Affiché : le participant écrit aux formateurs par la messagerie interne");
    expectNotShows(draft, "Formateurs :");
    expect(draft).not.toContain("À COMPLÉTER");
  });

  test("CON-1: objectives reminder, tracked evaluation questionnaire, further reading, credits", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Conclusion de la formation (E.6)", "Publication (F)");
      const vm = vmOf(name);
      const q = vm.conclusion.evaluationQuestionnaireActivity!;
      expectShows(text, `Activité ${q.number} – ${q.title}, suivie dans la barre de suivi`);
      if (raw[name].conclusion.objectivesReminder) expectShows(text, raw[name].conclusion.objectivesReminder);
      for (const l of raw[name].conclusion.furtherReading ?? []) expectShows(text, l.title);
      expectShows(text, raw[name].conclusion.credits ?? raw[name].course.credits, "the credits");
    }
    expectShows(section(textOf("variante"), "Conclusion de la formation (E.6)", "Publication (F)"), "À COMPLÉTER : le suivi d'achèvement du questionnaire (CON-1)");
    expectShows(section(textOf("brouillon"), "Conclusion de la formation (E.6)", "Publication (F)"), "À COMPLÉTER : le questionnaire d'évaluation de la formation (CON-1)");
  });

  test("PUB-1: the owning space, the spaces it is opened to, the PFRH regions", () => {
    const text = section(textOf("hybride"), "Publication (F)", "Exigences techniques (G)");
    const s = raw.hybride.session;
    expectShows(text, `Espace dédié propriétaire ${s.ownerSpace}`);
    expectShows(text, `Les utilisateurs de l'espace ${s.ownerSpace} et des espaces dédiés suivants :`);
    for (const space of s.openToSpaces) expectShows(text, space);
    expectShows(text, `Espaces régionaux (PFRH) ${s.regions.join(" et ")}`);
    expectShows(section(textOf("autonomie"), "Publication (F)", "Exigences techniques (G)"), `Espace dédié propriétaire ${raw.autonomie.session.ownerSpace}`);
    expectShows(section(textOf("brouillon"), "Publication (F)", "Exigences techniques (G)"), "À COMPLÉTER : l'espace dédié qui porte la session (PUB-1)");
  });

  test("TEC-1: the technical requirements reference, formats and accessibility level", () => {
    for (const name of ["hybride", "grand"] as const) {
      const text = section(textOf(name), "Exigences techniques (G)", "Livrables");
      const t = raw[name].tender.technicalRequirements;
      expectShows(text, "« Exigences techniques pour la formation des agents sur Mentor »");
      expectShows(text, `Référence retenue : ${t.reference}`);
      for (const f of t.formats) expectShows(text, f);
      expectShows(text, `Niveau attendu : ${t.accessibility}`);
    }
    // No reference given: the version in force (no rule requires one, so no marker).
    const draft = section(textOf("brouillon"), "Exigences techniques (G)", "Livrables");
    expectShows(draft, "« Exigences techniques pour la formation des agents sur Mentor », dans sa version en vigueur à la date de la consultation.");
    expectShows(draft, "Ils respectent le référentiel général d'amélioration de l'accessibilité (RGAA).");
    expect(draft).not.toContain("À COMPLÉTER");
  });

  test("UNI-1: each objective with the units that cover it, each unit with its objectives", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Objectifs pédagogiques", "Compétences professionnelles travaillées");
      for (const o of vmOf(name).objectives) {
        expect(o.units.length).toBeGreaterThan(0);
        expectShows(text, `${o.number} ${o.label} ${o.units.map((u) => u.number).join(", ")}`);
      }
      const scenario = section(textOf(name), "Scénario pédagogique", "Exigences applicables à la prestation");
      for (const u of vmOf(name).allUnits) {
        expectShows(scenario, `Unité ${u.number} – ${u.title}`);
        for (const o of u.objectiveRefs) expectShows(scenario, `${o.number}. ${o.label}`);
      }
    }
    expectShows(section(textOf("hybride"), "Autonomie et navigation libre (D.5, E.4)", "Repères (D.6)"), "Bloc « sommaire » Oui : les unités sont présentées dès l'entrée");
  });

  test("deliverables: the buyer's with their formats, and those the guide implies", () => {
    const text = section(textOf("hybride"), "Livrables", "Calendrier et jalons");
    for (const d of raw.hybride.tender.deliverables) expectShows(text, `${d.title} ${d.format}`);
    for (const title of ["Ressources pédagogiques", "Activités paramétrées", "Guidance des temps synchrones", "Livret du formateur", "Carnet de bord", "Attestation et open badge", "Fiche formation et fiche session", "Page d'accueil", "Questionnaire d'évaluation de la formation", "Bande-annonce vidéo"]) {
      expectShows(section(text, "Livrables qu'implique le guide"), title);
    }
    expectNotShows(section(textOf("autonomie"), "Livrables qu'implique le guide", "Calendrier et jalons"), "Guidance des temps synchrones");
  });

  test("calendar, follow-up, acceptance, budget and weighted award criteria", () => {
    const text = textOf("hybride");
    const t = raw.hybride.tender;
    const calendar = section(text, "Calendrier et jalons", "Suivi du projet et recette");
    expectShows(calendar, "Réunion de lancement lundi 28 avril 2025");
    for (const m of t.milestones) expectShows(calendar, m.title);
    expectShows(section(text, "Suivi du projet", "Recette"), t.followUp);
    expectShows(section(text, "Recette", "Budget"), t.acceptance);
    expectShows(section(text, "Budget", "Critères d'attribution"), t.budget);
    const award = section(text, "Critères d'attribution", "Annexe");
    for (const c of t.awardCriteria) expectShows(award, `${c.label} ${c.weight} %`);
    expectShows(award, "Total 100 %");
    // Neither budget nor award criteria in the draft: no such chapter.
    expect(/\nBudget\n/.test(textOf("brouillon"))).toBe(false);
  });

  test("annex: every requirement of the guide, in the guide's words, with what this tender fixes, what the provider delivers and how it is verified; no ID", () => {
    for (const name of NAMES) {
      const annex = section(textOf(name), "Annexe : grille de conformité au guide");
      const rows = vmOf(name).specification.annex;
      expect(rows.map((r) => r.requirement)).toEqual(REQUIREMENTS.map((r) => r.id));
      let previous = -1;
      for (const [index, row] of rows.entries()) {
        const guide = REQUIREMENTS[index]!;
        // The guide's own words and section, then this course's cells, in the row's order.
        expect(row.asks).toBe(guide.label);
        // Each cell on its own: pdftotext prints the lines of cells side by side.
        // A long cell is looked for by its first and last words (a neighbour's lines may come between).
        for (const cell of [`${guide.label} Guide, section ${guide.section}`, row.fixed, row.delivers, row.verification]) {
          const words = cell.split(/\s+/);
          for (const part of words.length > 8 ? [words.slice(0, 3).join(" "), words.slice(-3).join(" ")] : [cell]) expectShows(annex, part, `${name}: the row of ${guide.id}`);
        }
        // Rows follow the guide's order.
        // (found by its first words after the previous row: the rest may be printed beside the next cells)
        const at = squash(annex).indexOf(squash(guide.label.split(" ").slice(0, 2).join(" ")), previous + 1);
        expect(at, `${name}: the row of ${guide.id} after the previous one`).toBeGreaterThan(previous);
        previous = at;
      }
      // For bidders: no requirement ID, no document code, no checker output, no instruction to the author.
      expect(annex.match(/\b[A-Z]{3}-\d/g), `${name}: requirement IDs in the annex`).toBeNull();
      for (const jargon of ["Présentée dans", "mentor-docs", "CDC", "FIC, LIV", "satisfaite", "manquante", "À COMPLÉTER", "indiquez"]) {
        expect(annex, `${name}: « ${jargon} » in the annex`).not.toContain(jargon);
      }
    }
    // What each tender fixes comes from its own data: the synchronous times, or none; the owner space, or none given.
    const annexOf = (name: Name) => section(textOf(name), "Annexe : grille de conformité au guide");
    const synchronous = vmOf("hybride").synchronousActivities;
    expectShows(annexOf("hybride"), `${synchronous.length} temps synchrones (activités ${synchronous.slice(0, 2).map((a) => a.number).join(", ")}`);
    expectShows(annexOf("autonomie"), "La formation ne comporte pas de temps synchrone.");
    expectShows(annexOf("hybride"), `Session créée dans l'espace dédié ${raw.hybride.session.ownerSpace}.`);
    expectShows(annexOf("brouillon"), "Espace dédié à préciser par l'acheteur.");
    expectShows(annexOf("variante"), `Au plus 3 éléments dans la barre de suivi ; le scénario en prévoit ${vmOf("variante").tracking.count}.`);
  });

  test("draft: « À COMPLÉTER » naming its rule where the guide's or the tender's required data is missing; optional tender data left out; none in the complete tenders", () => {
    const text = textOf("brouillon");
    // Required by a rule that reports an error: marked, with the rule.
    expectShows(section(text, "Compétences professionnelles travaillées", "Modalités pédagogiques retenues"), "À COMPLÉTER : les compétences professionnelles travaillées (ENT-1)");
    expectShows(section(text, "Approche pédagogique", "Durées"), "À COMPLÉTER : l'approche pédagogique choisie (FIC-1)");
    expectShows(section(text, "Public, prérequis et effectifs", "Objectifs et compétences"), "Modalités d'inscription À COMPLÉTER : les modalités d'inscription (ENT-1)");
    expectShows(section(text, "Durée du marché et délais d'exécution", "Lieu d'exécution"), "À COMPLÉTER : la durée du marché en mois (MAR-1)");
    // Every marker names its rule before the next marker starts.
    const markers = squash(text).split("ÀCOMPLÉTER:").slice(1);
    expect(markers.length).toBeGreaterThan(20);
    for (const marker of markers) expect(marker.slice(0, 200), "a marker names its rule").toMatch(/^[^]*?\((?:[A-Z]{3}-\d+)\)/);
    // Optional tender data: the row, the heading or the table is left out, or the provider proposes it.
    const presentation = section(text, "Présentation de la consultation", "Contexte");
    expectNotShows(presentation, "Référence de la consultation");
    expectShows(presentation, `Acheteur ${raw.brouillon.tender.buyer.name}`);
    expectShows(section(text, "Le besoin de l'acheteur", "Le programme Mentor"), raw.brouillon.course.goal);
    expectNotShows(section(text, "Objet et périmètre de la prestation", "La formation attendue"), "Périmètre");
    const deliverables = section(text, "Livrables", "Calendrier et jalons");
    expectNotShows(deliverables, "Livrables demandés par l'acheteur");
    expectShows(deliverables, "Le titulaire livre les éléments suivants, que le guide rend nécessaires");
    expectShows(section(text, "Calendrier et jalons", "Suivi du projet et recette"), "Le titulaire propose dans son offre un calendrier de réalisation");
    expectShows(section(text, "Suivi du projet", "Recette"), "Le titulaire propose dans son offre les modalités de suivi du projet");
    // The complete tenders: no marker; the hybrid's optional tender data is printed.
    for (const name of ["hybride", "grand"] as const) expect(rendered[name]!.html, name).not.toContain("À COMPLÉTER");
    expectShows(section(textOf("hybride"), "Livrables", "Calendrier et jalons"), "Le titulaire livre en outre les éléments suivants");
    expectShows(section(textOf("hybride"), "Objet et périmètre de la prestation", "La formation attendue"), raw.hybride.tender.scope);
  });

  test.each(NAMES)("%s: every table row of the Word file is printed by LibreOffice", (name) => {
    expect(lostTableRows(rendered[name]!.buffer, textOf(name))).toEqual([]);
  });

  test("the large example's cahier des charges has at least 80 pages", () => {
    expect(printed.grand!.pages).toBeGreaterThanOrEqual(80);
  });
});
