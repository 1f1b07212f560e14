import { describe, expect, it } from "vitest";
import { COMPLETE, checkYaml, findings, lineOf, status } from "./helpers.js";

/**
 * One case per rule: a minimal project that triggers it (with the path and the line of the element
 * concerned), and the complete project (test/check/fixtures/complete.yaml), which does not.
 */
interface Case {
  id: string;
  name: string;
  yaml: string;
  severity: "error" | "warning" | "info";
  path: string;
  /** A text on the line the finding must point to. */
  at: string;
  /** A word the message must contain. */
  says: RegExp;
}

const activity = (extra: string) => `course:
  title: T
units:
  - id: u1
    title: U
    activities:
      - id: a1
        title: Forum de présentation
${extra}`;

const CASES: Case[] = [
  { id: "MOD-1", name: "no modality", yaml: "course:\n  title: T\n", severity: "error", path: "course.modalities", at: "title: T", says: /modalité/ },
  {
    id: "MOD-2",
    name: "synchronous activity without guidance",
    yaml: activity("        modality: { synchronous: true }\n"),
    severity: "warning",
    path: "units[0].activities[0].guidance",
    at: "id: a1",
    says: /guidance/,
  },
  {
    id: "MOD-2",
    name: "virtual classroom (synchronous by kind) without guidance",
    yaml: activity("        kind: virtual-classroom\n"),
    severity: "warning",
    path: "units[0].activities[0].guidance",
    at: "id: a1",
    says: /synchrone/,
  },
  {
    id: "RES-1",
    name: "resource without instruction",
    yaml: activity("        resources:\n          - title: Fiche\n            duration: 5 min\n"),
    severity: "warning",
    path: "units[0].activities[0].resources[0].instructions",
    at: "- title: Fiche",
    says: /consigne/,
  },
  {
    id: "RES-1",
    name: "booklet resource for learners serving no activity",
    yaml: "course:\n  title: T\ntrainerBooklet:\n  resources:\n    - title: Fiche\n      audience: learner\n      instructions: Lire\n",
    severity: "warning",
    path: "trainerBooklet.resources[0].activity",
    at: "- title: Fiche",
    says: /ne sert aucune activité/,
  },
  {
    id: "RES-4",
    name: "resource without consultation duration",
    yaml: activity("        resources:\n          - title: Fiche\n            instructions: Lire\n"),
    severity: "warning",
    path: "units[0].activities[0].resources[0].duration",
    at: "- title: Fiche",
    says: /durée de consultation/,
  },
  {
    id: "RES-5",
    name: "non-institutional host",
    yaml: activity(
      "        resources:\n          - title: Blog\n            instructions: Lire\n            duration: 5 min\n            url: https://example.com/page\n",
    ),
    severity: "warning",
    path: "units[0].activities[0].resources[0].url",
    at: "url: https://example.com",
    says: /example\.com/,
  },
  {
    id: "RES-5",
    name: "external link with no instruction nor time",
    yaml: activity("        resources:\n          - title: Fiche\n            url: https://www.service-public.fr/x\n"),
    severity: "warning",
    path: "units[0].activities[0].resources[0]",
    at: "- title: Fiche",
    says: /consigne .* ni de temps à y consacrer/,
  },
  {
    id: "RES-5",
    name: "further reading on a non-institutional host",
    yaml: "course:\n  title: T\nconclusion:\n  furtherReading:\n    - title: Wiki\n      url: https://fr.wikipedia.org/wiki/X\n",
    severity: "warning",
    path: "conclusion.furtherReading[0].url",
    at: "url: https://fr.wikipedia.org",
    says: /fr\.wikipedia\.org/,
  },
  {
    id: "ACT-1",
    name: "unit with no activity",
    yaml: "course:\n  title: T\nunits:\n  - id: u1\n    title: Vide\n",
    severity: "error",
    path: "units[0].activities",
    at: "- id: u1",
    says: /« Vide » ne comporte aucune activité/,
  },
  {
    id: "ACT-2",
    name: "activity without duration",
    yaml: activity("        modality: { grouping: collective }\n        objectives: []\n        instructions: Présentez-vous.\n"),
    severity: "error",
    path: "units[0].activities[0].duration",
    at: "id: a1",
    says: /« Forum de présentation » n'indique pas sa durée/,
  },
  {
    id: "ENT-1",
    name: "no prerequisites",
    yaml: "course:\n  title: T\n",
    severity: "error",
    path: "course.prerequisites",
    at: "title: T",
    says: /prérequis/,
  },
  {
    id: "ENT-2",
    name: "no positioning activity",
    yaml: activity(""),
    severity: "info",
    path: "units",
    at: "- id: u1",
    says: /positionnement/,
  },
  {
    id: "AUT-1",
    name: "sequential navigation",
    yaml: "course:\n  title: T\nnavigation:\n  mode: sequential\n",
    severity: "warning",
    path: "navigation.mode",
    at: "mode: sequential",
    says: /débloquent/,
  },
  { id: "AUT-2", name: "no reflective activity", yaml: activity(""), severity: "info", path: "units", at: "- id: u1", says: /réflexive/ },
  {
    id: "REP-1",
    name: "unit without instructions",
    yaml: "course:\n  title: T\nunits:\n  - id: u1\n    title: U\n    duration: 1h\n",
    severity: "error",
    path: "units[0].instructions",
    at: "- id: u1",
    says: /consignes/,
  },
  { id: "PRO-1", name: "nothing tracked", yaml: activity(""), severity: "error", path: "units", at: "- id: u1", says: /suivie/ },
  {
    id: "EVA-2",
    name: "individual activity evaluated by the trainer in a non-certifying course",
    yaml: activity("        modality: { grouping: individual }\n        evaluation: trainer\n"),
    severity: "warning",
    path: "units[0].activities[0].evaluation",
    at: "evaluation: trainer",
    says: /certifiante/,
  },
  {
    id: "EVA-4",
    name: "evaluated activity without workload",
    yaml: activity("        evaluation: automatic\n"),
    severity: "warning",
    path: "units[0].activities[0].workload",
    at: "id: a1",
    says: /charge de travail/,
  },
  {
    id: "REC-1",
    name: "neither attestation nor badge",
    yaml: "course:\n  title: T\n",
    severity: "error",
    path: "recognition",
    at: "course:",
    says: /ni attestation ni open badge/,
  },
  {
    id: "REC-1",
    name: "attestation without issuer",
    yaml: "course:\n  title: T\nrecognition:\n  attestation: true\n",
    severity: "error",
    path: "recognition.issuer",
    at: "attestation: true",
    says: /organisme/,
  },
  {
    id: "FIC-1",
    name: "no pedagogical approach",
    yaml: "course:\n  title: T\n",
    severity: "error",
    path: "course.pedagogicalApproach",
    at: "title: T",
    says: /approche/,
  },
  { id: "FIC-1", name: "no trailer", yaml: "course:\n  title: T\n", severity: "info", path: "course.trailer", at: "title: T", says: /teaser/ },
  {
    id: "FIC-2",
    name: "no end date and not permanent",
    yaml: "course:\n  title: T\n  targetAudience: Tous\nsession:\n  startDate: \"2026-01-05\"\n",
    severity: "error",
    path: "session.endDate",
    at: "startDate",
    says: /date de fin/,
  },
  {
    id: "FIC-2",
    name: "no audience",
    yaml: "course:\n  title: T\nsession:\n  startDate: \"2026-01-05\"\n  permanent: true\n",
    severity: "error",
    path: "session.targetAudience",
    at: "startDate",
    says: /public/,
  },
  {
    id: "ACC-1",
    name: "no contact",
    yaml: "course:\n  title: T\nwelcome:\n  message: Bienvenue\n",
    severity: "error",
    path: "welcome.contacts",
    at: "message: Bienvenue",
    says: /contact/,
  },
  {
    id: "ORG-2",
    name: "tracking bar above the project's threshold",
    yaml: activity("        tracked: true\n      - id: a2\n        title: B\n        tracked: true\n") + "settings:\n  trackingThreshold: 1\n",
    severity: "warning",
    path: "units",
    at: "- id: u1",
    says: /2 éléments, au-delà du seuil de 1/,
  },
  {
    id: "ORG-3",
    name: "no prepared feedback in the booklet",
    yaml: "course:\n  title: T\ntrainerBooklet:\n  introduction: Bonjour\n",
    severity: "warning",
    path: "trainerBooklet.preparedFeedback",
    at: "introduction: Bonjour",
    says: /synthèses/,
  },
  {
    id: "UNI-1",
    name: "objective covered by no unit",
    yaml: "course:\n  title: T\n  objectives:\n    - id: o1\n      label: Rédiger\nunits:\n  - id: u1\n    title: U\n",
    severity: "error",
    path: "course.objectives[0]",
    at: "- id: o1",
    says: /« Rédiger » \(o1\) n'est couvert par aucune unité/,
  },
  {
    id: "UNI-1",
    name: "unit covering no objective",
    yaml: "course:\n  title: T\nunits:\n  - id: u1\n    title: U\n",
    severity: "error",
    path: "units[0].objectives",
    at: "- id: u1",
    says: /ne couvre aucun objectif/,
  },
  {
    id: "UNI-1",
    name: "no unit at all",
    yaml: "course:\n  title: T\n",
    severity: "error",
    path: "units",
    at: "course:",
    says: /aucune unité/,
  },
  {
    id: "UNI-2",
    name: "activity wrapping the whole course",
    yaml: activity("        wrapsWholeCourse: true\n      - id: a2\n        title: B\n"),
    severity: "error",
    path: "units[0].activities[0]",
    at: "id: a1",
    says: /englobe toute la formation/,
  },
  {
    id: "UNI-2",
    name: "a course made of a single SCORM activity",
    yaml: activity("        kind: scorm\n"),
    severity: "error",
    path: "units[0].activities[0]",
    at: "id: a1",
    says: /SCORM|paquetage/,
  },
  {
    id: "PRE-1",
    name: "tutored modality without trainer",
    yaml: "course:\n  title: T\n  modalities: [hybrid]\n",
    severity: "warning",
    path: "session.trainers",
    at: "course:",
    says: /formateur/,
  },
  {
    id: "CON-1",
    name: "no evaluation questionnaire",
    yaml: "course:\n  title: T\nconclusion:\n  credits: Moi\n",
    severity: "error",
    path: "conclusion.evaluationQuestionnaire",
    at: "credits: Moi",
    says: /questionnaire d'évaluation/,
  },
  {
    id: "CON-1",
    name: "evaluation questionnaire not tracked",
    yaml: activity("        kind: questionnaire\n") + "conclusion:\n  evaluationQuestionnaire: a1\n",
    severity: "error",
    path: "units[0].activities[0].tracked",
    at: "id: a1",
    says: /n'est pas suivi/,
  },
  {
    id: "CON-1",
    name: "no credits",
    yaml: "course:\n  title: T\nconclusion:\n  objectivesReminder: Rappel\n",
    severity: "warning",
    path: "conclusion.credits",
    at: "objectivesReminder",
    says: /crédits/,
  },
  {
    id: "PUB-1",
    name: "no owning space",
    yaml: "course:\n  title: T\nsession:\n  permanent: true\n",
    severity: "error",
    path: "session.ownerSpace",
    at: "permanent: true",
    says: /espace dédié/,
  },
];

describe("guide rules", () => {
  it.each(CASES)("$id ($severity): $name", ({ id, yaml, severity, path, at, says }) => {
    const result = checkYaml(yaml);
    const found = findings(result, id).filter((f) => f.path === path && f.severity === severity);
    expect(found, JSON.stringify(findings(result, id), null, 2)).toHaveLength(1);
    const finding = found[0]!;
    expect(finding.file).toBe("projet.yaml");
    expect(finding.line).toBe(lineOf(yaml, at));
    expect(finding.column).toBeGreaterThan(0);
    expect(finding.message.replace(/\u00a0/g, " ")).toMatch(says);
    if (severity !== "info") expect(status(result, id)).toBe("missing");
  });

  it("the complete project triggers no rule: every checked requirement is satisfied", () => {
    const result = checkYaml(COMPLETE);
    expect(result.findings).toEqual([]);
    for (const id of new Set(CASES.map((c) => c.id))) expect(status(result, id), id).toBe("satisfied");
  });
});
