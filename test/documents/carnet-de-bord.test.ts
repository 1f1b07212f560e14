import { beforeAll, describe, expect, test } from "vitest";
import { formatDuration, parseDuration } from "../../src/common/duration.js";
import { carnetDeBord } from "../../src/documents/carnet-de-bord.js";
import { findDocument } from "../../src/documents/registry.js";
import { checkAccessibility } from "../../src/docx/accessibility.js";
import { SELF_POSITIONING_SCALE } from "../../src/model/organisation.js";
import { docxPart } from "../helpers/docx.js";
import { libreOfficeMissing } from "../helpers/libreoffice.js";
import { lostTableRows, printExamples, printedIn, rawActivities, rawProject, renderExamples, section, type Printed, type Rendered } from "./livret-formateur-helpers.js";

const EXAMPLES = ["hybride", "autonomie", "grand", "brouillon"] as const;
const COMPLETE = ["hybride", "autonomie", "grand"] as const;

let rendered: Record<string, Rendered>;
let printed: Record<string, Printed>;
const raw: Record<string, any> = {};

const expectShows = (text: string, expected: string, what = expected) =>
  expect(printedIn(text, expected), `the carnet should show ${what}`).toBe(true);
const textOf = (name: string) => printed[name]!.raw;
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/** Every unit of a raw project, sub-units included. */
function rawUnits(project: any): any[] {
  const out: any[] = [];
  const walk = (u: any) => {
    out.push(u);
    for (const s of u.units ?? []) walk(s);
  };
  for (const u of project.units ?? []) walk(u);
  return out;
}

beforeAll(async () => {
  rendered = await renderExamples(carnetDeBord, EXAMPLES);
  for (const name of EXAMPLES) raw[name] = await rawProject(name);
  if (!libreOfficeMissing) printed = await printExamples(rendered, "carnet");
});

describe("carnet de bord: the Word file", () => {
  test("is registered under its id", () => {
    expect(findDocument("carnet-de-bord")).toBe(carnetDeBord);
  });

  test.each(EXAMPLES)("%s: no htmlToContent warning, accessibility check passes", (name) => {
    expect(rendered[name]!.warnings).toEqual([]);
    expect(checkAccessibility(rendered[name]!.buffer)).toEqual([]);
  });

  test("complete examples carry no « À COMPLÉTER » marker", () => {
    for (const name of COMPLETE) expect(rendered[name]!.html, name).not.toContain("À COMPLÉTER");
  });

  test("PRO-2: an editable document with real Word checkboxes: one per activity, per tracked activity, per objective and level before and after, and the questionnaire", () => {
    for (const name of COMPLETE) {
      const p = raw[name];
      const activities = rawActivities(p);
      const tracked = activities.filter((a) => a.tracked === true).length;
      const objectives = p.course.objectives.length;
      const questionnaire = p.conclusion?.evaluationQuestionnaire ? 1 : 0;
      const xml = docxPart(rendered[name]!.buffer);
      expect(count(xml, /<w14:checkbox>/g), name).toBe(activities.length + tracked + objectives * SELF_POSITIONING_SCALE.length * 2 + questionnaire);
      // Content controls the learner ticks in Word and LibreOffice, unticked.
      expect(count(xml, /<w14:checked w14:val="1"\/>/g)).toBe(0);
    }
  });

  test("PRO-2, ORG-1: the cover page has ruled fill-in areas for the learner's name and dates", () => {
    const xml = docxPart(rendered.hybride!.buffer);
    const fillIns = count(xml, /<w:pStyle w:val="ZoneDeSaisie"\/>/g);
    // 4 on the cover, 8 per unit at least (notes, questions, reflections), 3 per reflection prompt and final question.
    const units = rawUnits(raw.hybride);
    const prompts = units.reduce((n, u) => n + (u.reflectionPrompts ?? []).length, 0);
    expect(fillIns).toBe(4 + units.length * 8 + prompts * 3 + raw.hybride.logbook.finalQuestions.length * 3);
    const cover = section(textOf("hybride"), "Mon carnet de bord", "Comment utiliser ce carnet");
    for (const label of ["Nom et prénom", "Date de début de ma formation", "Date de fin de ma formation"]) expectShows(cover, label);
    expectShows(cover, "lundi 9 mars 2026");
  });
});

describe.skipIf(libreOfficeMissing)(`carnet de bord as LibreOffice prints it${libreOfficeMissing ? ` (ignoré : ${libreOfficeMissing})` : ""}`, () => {
  test("PRO-2: printed checkboxes, as many as in the Word file; how to use it, from logbook.introduction or by default", () => {
    for (const name of COMPLETE) {
      const boxes = count(docxPart(rendered[name]!.buffer), /<w14:checkbox>/g);
      expect(count(printed[name]!.layout, /☐/g), name).toBe(boxes);
      const intro = raw[name].logbook?.introduction;
      const use = section(textOf(name), "Comment utiliser ce carnet", "Ma formation en bref");
      if (intro) expectShows(use, intro);
      expectShows(use, "Word ou LibreOffice, ou l'imprimer");
    }
    expectShows(section(textOf("brouillon"), "Comment utiliser ce carnet", "Ma formation en bref"), "Ce carnet de bord vous accompagne pendant toute la formation.");
  });

  test("UNI-1: the self-positioning table, before and after, lists every objective with the four levels", () => {
    for (const name of COMPLETE) {
      const before = section(textOf(name), "Mon positionnement avant la formation", "Mon parcours, étape par étape");
      const after = section(textOf(name), "Mon positionnement après la formation", "Le questionnaire d'évaluation");
      for (const text of [before, after]) {
        for (const level of SELF_POSITIONING_SCALE) expectShows(text, level);
        raw[name].course.objectives.forEach((o: any, i: number) => expectShows(text, `${i + 1}. ${o.label}`));
      }
    }
  });

  test("REP-1, ACT-2, UNI-1: each unit with its objectives and duration, each activity with its duration and instructions", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Mon parcours, étape par étape", "Ma progression");
      const vm = rendered[name]!.vm;
      for (const unit of vm.allUnits) {
        expectShows(text, `Unité ${unit.number} – ${unit.title}`);
        for (const o of unit.objectiveRefs) expectShows(text, `${o.number}. ${o.label}`);
        const duration = unit.declaredDuration?.text ?? unit.totals.all.text;
        expectShows(text, `Durée : ${duration}`, `the duration of unit ${unit.number}`);
      }
      for (const a of rawActivities(raw[name])) {
        expectShows(text, a.title);
        expectShows(text, formatDuration(parseDuration(a.duration)!));
        expectShows(text, a.instructions, `the instructions of « ${a.title} »`);
      }
    }
  });

  test("RES-1: each unit's resources for participants with their instruction; none meant for the trainer", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Mon parcours, étape par étape", "Ma progression");
      for (const a of rawActivities(raw[name])) {
        for (const r of a.resources ?? []) {
          if (r.audience === "trainer") expect(printedIn(text, r.title), r.title).toBe(false);
          else {
            expectShows(text, r.title);
            expectShows(text, r.instructions, `the instruction of « ${r.title} »`);
          }
        }
      }
      for (const r of raw[name].trainerBooklet?.resources ?? []) expect(printedIn(textOf(name), r.title), r.title).toBe(false);
    }
  });

  test("ORG-1: for every unit, its reflection prompts and room for notes, questions and reflections", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Mon parcours, étape par étape", "Ma progression");
      const units = rawUnits(raw[name]);
      for (const u of units) for (const prompt of u.reflectionPrompts ?? []) expectShows(text, prompt);
      expect(count(text, /^Mes notes$/gm), name).toBe(units.length);
      expect(count(text, /^Mes questions \(à poser/gm), name).toBe(units.length);
      expect(count(text, /^Mes réflexions pour mon poste$/gm), name).toBe(units.length);
    }
  });

  test("PRO-1, ORG-2: the progress checklist lists the tracked activities, as many as the tracking bar has", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Ma progression", "Conclusion");
      const tracked = rawActivities(raw[name]).filter((a) => a.tracked === true);
      expect(tracked.length).toBeGreaterThan(0);
      expectShows(text, `La barre de suivi de la formation compte ${tracked.length} activités`);
      for (const a of tracked) expectShows(text, a.title);
      expect(count(section(printed[name]!.layout, "Ma progression", "Conclusion"), /☐/g), name).toBe(tracked.length);
      // Untracked activities are not in the checklist.
      for (const a of rawActivities(raw[name]).filter((a) => a.tracked !== true && !tracked.some((t) => t.title === a.title))) {
        expect(printedIn(text, a.title, 0), a.title).toBe(false);
      }
    }
  });

  test("CON-1: the conclusion recalls the objectives, has the evaluation questionnaire to tick, the final questions and further reading", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Conclusion");
      const p = raw[name];
      if (p.conclusion.objectivesReminder) expectShows(text, p.conclusion.objectivesReminder);
      const questionnaire = rawActivities(p).find((a) => a.id === p.conclusion.evaluationQuestionnaire);
      expectShows(text, `J'ai répondu au questionnaire « ${questionnaire.title} »`);
      expectShows(text, "Ce que je vais mettre en œuvre dans mon poste");
      for (const q of p.logbook.finalQuestions) expectShows(text, q);
      for (const link of p.conclusion.furtherReading) expectShows(text, link.title);
    }
  });

  test("draft: « À COMPLÉTER » naming its rule where a rule requires the data; optional data left out", () => {
    const text = textOf("brouillon");
    for (const marker of ["1.2. Étude de cas 45 min À COMPLÉTER : la consigne (ACT-2)", "À COMPLÉTER : le questionnaire d'évaluation de la formation (CON-1)"]) {
      expectShows(text, marker);
    }
    // A resource without instruction (RES-1 only warns) is listed without one; no further reading, no such heading.
    const resource = rawActivities(raw.brouillon).flatMap((a) => a.resources ?? [])[0];
    expect(resource.instructions).toBeUndefined();
    const activity = rawActivities(raw.brouillon).findIndex((a) => (a.resources ?? []).includes(resource)) + 1;
    expectShows(section(text, "Unité 1 – Repérer", "Unité 2 – Agir"), `Mes ressources • ${resource.title} (activité 1.${activity}) – ${resource.url} Mes notes`);
    expect(printedIn(text, "À COMPLÉTER : la consigne de la ressource", 0)).toBe(false);
    expect(raw.brouillon.conclusion?.furtherReading ?? []).toEqual([]);
    expect(/\nPour aller plus loin\n/.test(text)).toBe(false);
    expect(printedIn(text, "À COMPLÉTER : les ressources pour aller plus loin", 0)).toBe(false);
    // One tracked activity: « Cochez-la ».
    expectShows(text, "La barre de suivi de la formation compte 1 activité. Cochez-la ici au fur et à mesure");
    // The default final questions and the unit the draft does describe.
    expectShows(text, "Les actions que je vais engager dans mon poste");
    expectShows(text, "Unité 1 – Repérer");
    expectShows(text, "Quiz de positionnement");
  });

  test.each(EXAMPLES)("%s: every table row of the Word file is printed by LibreOffice", (name) => {
    expect(lostTableRows(rendered[name]!.buffer, textOf(name))).toEqual([]);
  });
});
