import { beforeAll, describe, expect, test } from "vitest";
import { formatDuration, parseDuration } from "../../src/common/duration.js";
import { checkAccessibility } from "../../src/docx/accessibility.js";
import { livretFormateur } from "../../src/documents/livret-formateur.js";
import { findDocument } from "../../src/documents/registry.js";
import { libreOfficeMissing } from "../helpers/libreoffice.js";
import {
  lostTableRows,
  rawActivities,
  rawProject,
  renderExamples,
  printExamples,
  printedIn,
  section,
  type Printed,
  type Rendered,
} from "./livret-formateur-helpers.js";

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const EXAMPLES = ["hybride", "autonomie", "grand", "brouillon"] as const;
const COMPLETE = ["hybride", "autonomie", "grand"] as const;

let rendered: Record<string, Rendered>;
let printed: Record<string, Printed>;
const raw: Record<string, any> = {};

/** Whether the printed text of `example` shows `expected`, line wrapping and table cells set aside. */
const shows = (text: string, expected: string) => printedIn(text, expected);
const expectShows = (text: string, expected: string, what = expected) =>
  expect(shows(text, expected), `the livret should show ${what}`).toBe(true);
const textOf = (name: string) => printed[name]!.raw;

beforeAll(async () => {
  rendered = await renderExamples(livretFormateur, EXAMPLES);
  for (const name of EXAMPLES) raw[name] = await rawProject(name);
  if (!libreOfficeMissing) printed = await printExamples(rendered, "livret");
});

describe("livret du formateur: the Word file", () => {
  test("is registered under its id", () => {
    expect(findDocument("livret-formateur")).toBe(livretFormateur);
  });

  test.each(EXAMPLES)("%s: no htmlToContent warning, accessibility check passes", (name) => {
    expect(rendered[name]!.warnings).toEqual([]);
    expect(checkAccessibility(rendered[name]!.buffer)).toEqual([]);
  });

  test("complete examples carry no « À COMPLÉTER » marker", () => {
    for (const name of COMPLETE) expect(rendered[name]!.html, name).not.toContain("À COMPLÉTER");
  });
});

describe.skipIf(libreOfficeMissing)(`livret du formateur as LibreOffice prints it${libreOfficeMissing ? ` (ignoré : ${libreOfficeMissing})` : ""}`, () => {
  test("MOD-1: the course's modalities are named", () => {
    for (const name of COMPLETE) {
      const labels = rendered[name]!.vm.course.modalityLabels;
      expect(labels.length).toBeGreaterThan(0);
      const text = section(textOf(name), "Modalités de la formation", "Public et prérequis");
      for (const label of labels) expect(text.toLowerCase()).toContain(label.toLowerCase());
    }
  });

  test("MOD-2: the guidance of every synchronous activity and its appointment are in « Animer les temps synchrones »", () => {
    for (const name of ["hybride", "grand"]) {
      const text = section(textOf(name), "Animer les temps synchrones", "Consignes par activité");
      const synchronous = rawActivities(raw[name]).filter((a) => a.modality?.synchronous === true);
      expect(synchronous.length, name).toBeGreaterThan(0);
      for (const activity of synchronous) {
        expectShows(text, activity.title, `the synchronous activity « ${activity.title} »`);
        expectShows(text, activity.guidance, `the guidance of « ${activity.title} »`);
      }
      for (const appointment of raw[name].session.appointments ?? []) {
        const [year, month, day] = appointment.date.split("-");
        const hour = String(Number(appointment.startTime.slice(0, 2)));
        const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
        const dayName = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"][date.getUTCDay()];
        expectShows(text, `${dayName} ${Number(day) === 1 ? "1er" : Number(day)}`, `the appointment of ${appointment.date}`);
        expectShows(text, `${Number(day) === 1 ? "1er" : Number(day)} ${MONTHS[Number(month) - 1]} ${year}, de ${hour} h`, `the appointment of ${appointment.date}`);
      }
    }
    // The on-site day scheduled for 4.1 (7 h) also holds 4.2 and 4.3 (3 h + 2 h 30 + 1 h 30): the same date, not « to fix ».
    const hybrid = section(textOf("hybride"), "Animer les temps synchrones", "Consignes par activité");
    expect(printedIn(hybrid, "Date à fixer avec le groupe", 0)).toBe(false);
    for (const number of ["4.2", "4.3"]) {
      const card = hybrid.slice(hybrid.indexOf(`Activité ${number} –`));
      expectShows(card.slice(0, 600), "Rendez-vous jeudi 2 avril 2026, de 9 h à 16 h – CVRH de Lyon, salle 204 Pendant le rendez-vous de l’activité 4.1", `the appointment of ${number}`);
    }
    // A course without synchronous activity says so.
    const autonomie = section(textOf("autonomie"), "Animer les temps synchrones", "Consignes par activité");
    expect(rawActivities(raw.autonomie).some((a) => a.modality?.synchronous)).toBe(false);
    expectShows(autonomie, "La formation ne comporte pas d’activité synchrone.");
  });

  test("ORG-3, ACC-1: calendar by weeks and synchronous appointments with French dates, times and tool", () => {
    const text = textOf("hybride");
    const calendar = section(text, "Calendrier proposé", "Rendez-vous synchrones");
    for (const period of raw.hybride.trainerBooklet.calendar) {
      expectShows(calendar, period.label);
      expectShows(calendar, period.description);
    }
    expectShows(calendar, "du lundi 9 mars 2026 au vendredi 13 mars 2026");
    const appointments = section(text, "Rendez-vous synchrones", "Scénario pédagogique");
    expectShows(appointments, "mardi 10 mars 2026");
    expectShows(appointments, "de 10 h à 11 h 30");
    expectShows(appointments, "jeudi 2 avril 2026");
    expectShows(appointments, "de 9 h à 16 h");
    expectShows(appointments, "BigBlueButton");
    // On site: the place, said on site; online: the tool and how to join.
    expectShows(appointments, `En présentiel : ${raw.hybride.session.appointments[2].location}`);
    expectShows(appointments, "BigBlueButton : salle « Manager au quotidien »");
    for (const a of raw.hybride.session.appointments) {
      expectShows(appointments, a.tool === "on-site" ? `En présentiel : ${a.location}` : `BigBlueButton : ${a.location.charAt(0).toLowerCase()}${a.location.slice(1)}`);
    }
    // Each appointment with the activity it schedules.
    for (const appointment of raw.hybride.session.appointments) {
      const activity = rendered.hybride!.vm.activities.find((a) => a.id === appointment.activity)!;
      expectShows(appointments, `${appointment.title} Activité ${activity.number}`);
    }
  });

  test("ACT-2, REP-1, UNI-1: every unit and activity with its objectives, duration, modality and instructions", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Scénario pédagogique", "Mise en place et animation des activités");
      const vm = rendered[name]!.vm;
      for (const unit of vm.allUnits) {
        expectShows(text, `Unité ${unit.number} – ${unit.title}`);
        if (unit.instructions) expectShows(text, unit.instructions, `the instructions of unit ${unit.number}`);
        for (const o of unit.objectiveRefs) expectShows(text, `${o.number}. ${o.label}`);
      }
      for (const activity of rawActivities(raw[name])) {
        expectShows(text, activity.title);
        expectShows(text, activity.instructions, `the instructions of « ${activity.title} »`);
        expectShows(text, formatDuration(parseDuration(activity.duration)!));
      }
      for (const objective of raw[name].course.objectives) expectShows(textOf(name), objective.label);
    }
    expectShows(textOf("hybride"), "Synchrone, collective, en ligne");
    expectShows(textOf("hybride"), "Asynchrone, individuelle, en ligne");
  });

  test("ORG-3: objectives and approach, setup instructions, prepared syntheses and proactive messages", () => {
    const text = textOf("hybride");
    const p = raw.hybride;
    expectShows(section(text, "Approche pédagogique choisie", "Modalités de la formation"), p.course.pedagogicalApproach);
    const setup = section(text, "Mise en place et animation des activités", "Ressources");
    expectShows(setup, p.trainerBooklet.setupInstructions);
    for (const activity of rawActivities(p).filter((a) => a.setup)) expectShows(setup, activity.setup, `the setup of « ${activity.title} »`);
    const feedback = section(text, "Synthèses et rétroactions préparées", "Messages à envoyer aux participants");
    for (const f of p.trainerBooklet.preparedFeedback) {
      expectShows(feedback, f.title);
      expectShows(feedback, f.text);
    }
    const messages = section(text, "Messages à envoyer aux participants", "Évaluation");
    for (const m of p.trainerBooklet.proactiveMessages) {
      expectShows(messages, `Objet : ${m.subject}`);
      expectShows(messages, m.when);
      expectShows(messages, m.text);
    }
  });

  test("RES-3, RES-4: resources for the trainer, with their consultation durations and total", () => {
    const text = section(textOf("hybride"), "Documents et ressources pour le formateur", "Ressources des participants");
    const resources = raw.hybride.trainerBooklet.resources;
    expect(resources.length).toBeGreaterThan(0);
    let minutes = 0;
    for (const r of resources) {
      expectShows(text, r.title);
      expectShows(text, r.instructions);
      expectShows(text, formatDuration(parseDuration(r.duration)!));
      minutes += parseDuration(r.duration)!;
    }
    expectShows(text, `Temps de consultation des ressources du formateur : ${formatDuration(minutes)}`);
  });

  test("RES-1: every participant resource with its instruction and the activity it serves", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Ressources des participants", "Synthèses et rétroactions préparées");
      const vm = rendered[name]!.vm;
      for (const activity of rawActivities(raw[name])) {
        for (const r of (activity.resources ?? []).filter((r: any) => r.audience !== "trainer")) {
          expectShows(text, r.title);
          expectShows(text, r.instructions, `the instruction of « ${r.title} »`);
          const number = vm.activities.find((a) => a.id === activity.id)!.number;
          expectShows(text, `${number}. ${activity.title}`);
        }
      }
    }
  });

  test("EVA-1, ENT-2: evaluation modalities, the evaluation of each evaluated activity, the positioning activity", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Évaluation", "Créer de la présence à distance");
      expectShows(text, raw[name].course.evaluationModalities);
      expectShows(text, "auto-positionnement, démarche réflexive à privilégier");
      const vm = rendered[name]!.vm;
      for (const a of vm.activities.filter((a) => a.evaluation && a.evaluation !== "none")) expectShows(text, `${a.number}${a.title}${a.evaluationLabel}`);
      for (const a of vm.activities.filter((a) => a.positioning)) expectShows(section(text, "Positionnement d’entrée", "Charge de travail"), `Activité ${a.number} – ${a.title}`);
    }
  });

  test("EVA-4: the workload of evaluated activities, for participants and trainers, with the totals", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Charge de travail des activités évaluées", "Créer de la présence à distance");
      const evaluated = rawActivities(raw[name]).filter((a) => a.evaluation && a.evaluation !== "none");
      const sum = (pick: (a: any) => string | undefined) => evaluated.reduce((t, a) => t + (pick(a) ? parseDuration(pick(a)!)! : 0), 0);
      const learner = formatDuration(sum((a) => a.workload?.learner));
      const trainer = formatDuration(sum((a) => a.workload?.trainer));
      // The trainers' share is said only when there is one (no « 0 min pour les formateurs »).
      const trainerPart = trainer === formatDuration(0) ? "." : ` et de ${trainer} pour les formateurs.`;
      expectShows(text, `${evaluated.length} activités évaluées : charge estimée de ${learner} pour chaque participant${trainerPart}`);
      if (trainer === formatDuration(0)) expect(printedIn(text, "pour les formateurs", 0), name).toBe(false);
      // No trainers' share, no « Formateur » column.
      expectShows(text, trainer === formatDuration(0) ? `Total${learner}` : `Total${learner}${trainer}`);
      for (const a of evaluated) {
        expectShows(text, a.title);
        if (a.workload?.learner) expectShows(text, formatDuration(parseDuration(a.workload.learner)!));
        if (a.workload?.notes) expectShows(text, a.workload.notes);
      }
    }
    // The on-site role play: 3 h for each participant, 3 h 30 for the trainers.
    const hybrid = section(textOf("hybride"), "Charge de travail des activités évaluées", "Créer de la présence à distance");
    expectShows(hybrid, "Mises en situation d’entretien");
    expectShows(hybrid, "3 h 30");
  });

  test("FIC-2: the fiche session's dates, duration, modalities, audience and context", () => {
    const text = section(textOf("hybride"), "La session", "Équipe de formation");
    const s = raw.hybride.session;
    expectShows(text, "du lundi 9 mars 2026 au vendredi 17 avril 2026");
    expectShows(text, "20 h (en ligne : 13 h ; en présentiel : 7 h)");
    expectShows(text, "Mixte");
    expectShows(text, s.targetAudience);
    expectShows(text, s.context);
    expectShows(text, s.registration.details);
  });

  test("PRE-1, PRE-2, PRE-3: « Mes formateurs », participant list and profile, collaborative tools", () => {
    const text = section(textOf("hybride"), "Créer de la présence à distance", "Accueil des participants");
    expectShows(text, "Le bloc « Mes formateurs » est affiché");
    for (const t of raw.hybride.session.trainers) expectShows(text, t.name);
    expectShows(text, "La liste des participants est accessible : chacun peut consulter les profils de ses collègues");
    expectShows(text, "Les participants sont invités à compléter leur profil dès l’entrée : invitez chacun");
    for (const tool of ["Forum", "Etherpad", "Classe virtuelle (BigBlueButton)", "Messagerie interne", "Questionnaire", "Sondage", "Choix de groupe"]) {
      expectShows(text, tool);
    }
    // Tools in use are said so, with the activities that use them; the poll is not used.
    expectShows(text, "EtherpadOui2.2. Rédiger ensemble les objectifs d’un service fictif");
    expectShows(text, "SondageNon");
  });

  test("ACC-1: welcome page elements the trainer relays, and the contacts", () => {
    const text = section(textOf("hybride"), "Accueil des participants", "Attestation et critères");
    const w = raw.hybride.welcome;
    expectShows(text, w.overview.description);
    expectShows(text, w.progressCues);
    expectShows(text, w.evaluation);
    for (const c of w.contacts) {
      expectShows(text, c.name);
      expectShows(text, c.email);
    }
    expectShows(text, "Classe virtuelle « Les entretiens du manager » : mardi 24 mars 2026, de 14 h à 15 h 30");
    const contacts = section(textOf("hybride"), "Contacts");
    for (const person of [...raw.hybride.session.trainers, ...w.contacts]) expectShows(contacts, `${person.name} ${person.role} ${person.email}`);
    expectShows(contacts, `${raw.hybride.course.producer.name} Organisme producteur`);
  });

  test("CON-1: objectives reminder, evaluation questionnaire in the tracking bar, further reading, credits", () => {
    for (const name of COMPLETE) {
      const text = section(textOf(name), "Conclusion de la formation", "Contacts");
      const c = raw[name].conclusion;
      if (c.objectivesReminder) expectShows(text, c.objectivesReminder);
      const questionnaire = rawActivities(raw[name]).find((a) => a.id === c.evaluationQuestionnaire);
      expectShows(text, `${questionnaire.title} : elle figure dans la barre de suivi`);
      for (const link of c.furtherReading) expectShows(text, link.title);
      expectShows(text, c.credits ?? raw[name].course.credits);
    }
  });

  test("draft: « À COMPLÉTER » naming its rule where a rule requires the data; optional data left out or said in a sentence", () => {
    const text = textOf("brouillon");
    for (const marker of [
      "À COMPLÉTER : l'approche pédagogique choisie par l'équipe de conception (FIC-1)",
      "Dates À COMPLÉTER : les dates de la session (FIC-2)",
      "Inscription À COMPLÉTER : les modalités d'inscription (ENT-1)",
      "Consignes À COMPLÉTER : les consignes ou les attendus (ACT-2)",
      "Modalité À COMPLÉTER : la modalité de l'unité (REP-1)",
      "À COMPLÉTER : les modalités d'évaluation (ENT-1)",
      "À COMPLÉTER : les contacts en cas de question ou de problème technique (ACC-1)",
      "À COMPLÉTER : le questionnaire d'évaluation de la formation, inclus dans la barre de suivi (CON-1)",
    ]) {
      expectShows(text, marker);
    }
    // Data no rule requires with an error is never marked.
    for (const unmarked of ["le public auquel la session est ouverte", "les formateurs de la session", "une proposition de calendrier", "la guidance", "les documents ou ressources", "les synthèses", "la consigne de la ressource"]) {
      expect(printedIn(text, `À COMPLÉTER : ${unmarked}`, 0), unmarked).toBe(false);
    }
    // The session's public falls back on the course's; the trainers, the calendar and the appointments are said in a sentence.
    expectShows(section(text, "La session", "Équipe de formation"), `Public ${raw.brouillon.course.targetAudience}`);
    expectShows(section(text, "Équipe de formation", "Calendrier"), "Les formateurs de la session sont désignés par la structure organisatrice");
    expect(printedIn(textOf("brouillon"), "Calendrier proposé", 0)).toBe(false);
    expectShows(section(text, "Rendez-vous synchrones", "Scénario pédagogique"), "Les dates des temps synchrones sont fixées avec le groupe, puis annoncées sur la page d’accueil.");
    // The on-site day without appointment: its date is to be fixed, said alike in the welcome elements; no « see the
    // general instructions » when there are none; no heading without content.
    const synchronous = section(text, "Animer les temps synchrones", "Ressources");
    expectShows(synchronous, "Activité 2.1 – Journée en présentiel (En présentiel) Rubrique Contenu Rendez-vous Date à fixer avec le groupe Durée 3 h");
    expect(printedIn(synchronous, "Voir les consignes générales", 0)).toBe(false);
    expectShows(section(text, "Accueil des participants", "Contacts en cas de question"), "Rendez-vous synchrones Dates fixées avec le groupe, puis annoncées sur la page d’accueil");
    expect(/\nSynthèses et rétroactions préparées\n/.test(text)).toBe(false);
    expect(/\nDocuments et ressources pour le formateur\n/.test(text)).toBe(false);
    // What the draft does give is printed, not marked.
    expectShows(text, raw.brouillon.course.objectives[0].label);
    expectShows(text, "Journée en présentiel");
  });

  test.each(EXAMPLES)("%s: every table row of the Word file is printed by LibreOffice", (name) => {
    expect(lostTableRows(rendered[name]!.buffer, textOf(name))).toEqual([]);
  });
});
