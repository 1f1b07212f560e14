/**
 * Issue 16: every schema problem says what to write. Each message the issue quotes, before (what it
 * used to say, in the comments) and after: the keys an object expects, the allowed values with
 * their French meaning, what a reference designates, suggestions by meaning (`x-synonyms`), each
 * problem once, never `[object Object]`.
 */
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/common/errors.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";

function problemsOf(yaml: string): Problem[] {
  const result = validateProject(parseProjectText(yaml, "cours.yaml"));
  expect(result.valid).toBe(false);
  return result.problems;
}

/** The only problem at `path` (the test fails when there are none or several). */
function onlyAt(problems: Problem[], path: string): Problem {
  const found = problems.filter((p) => p.path === path);
  expect(found.map((p) => p.message)).toHaveLength(1);
  return found[0]!;
}

const UNITS = `
units:
  - id: u1
    title: Unité
    activities:
      - id: a-quiz-final
        title: Quiz final
`;

describe("validate: messages that say what to write (issue 16)", () => {
  it("session.openTo given an object: once, naming the allowed values and their meaning (was « [object Object] », twice)", () => {
    const problems = problemsOf("course:\n  title: T\nsession:\n  openTo:\n    all: true\n");
    const problem = onlyAt(problems, "session.openTo");
    expect(problem.message).toBe(
      "type incorrect : attendu une de ces valeurs : not-visible (Non visible dans le catalogue), " +
        "current-entity (Les utilisateurs de l'espace dédié uniquement), all (Tous les utilisateurs de tous les espaces dédiés), " +
        "other-entities (L'espace dédié et les espaces dédiés autorisés), reçu un objet (des clés et leurs valeurs)",
    );
    expect(problems).toHaveLength(1);
  });

  it("keys by meaning: audience → targetAudience, approach → pedagogicalApproach, durée → estimatedDuration (was a list of thirty keys)", () => {
    const problems = problemsOf("course:\n  title: T\n  audience: Agents\n  approach: Par l'action\n  durée: 2 h\n");
    expect(onlyAt(problems, "course.audience").message).toBe("clé inconnue « audience » ; vouliez-vous dire « targetAudience » (Public visé) ?");
    expect(onlyAt(problems, "course.approach").message).toBe(
      "clé inconnue « approach » ; vouliez-vous dire « pedagogicalApproach » (Approche pédagogique) ?",
    );
    // A text where an object is expected: the suggestion says what the object holds.
    expect(onlyAt(problems, 'course["durée"]').message).toBe(
      "clé inconnue « durée » ; vouliez-vous dire « estimatedDuration » (Durée estimée) ? Attendu : un objet avec les clés : online (Durée à distance), onSite (Durée en présence)",
    );
  });

  it("values by meaning: autonomie → online-self-paced, tous → all, libre → free-registration, présentiel → on-site", () => {
    const problems = problemsOf(
      "course:\n  title: T\n  modalities: [autonomie]\nsession:\n  openTo: tous\n  modality: présentiel\n  registration:\n    mode: libre\n",
    );
    expect(onlyAt(problems, "course.modalities[0]").message).toMatch(/^valeur non admise « autonomie » ; valeurs possibles : hybrid \(Hybride\), .* ; vouliez-vous dire « online-self-paced » \?$/);
    expect(onlyAt(problems, "session.openTo").message).toMatch(/vouliez-vous dire « all » \?$/);
    expect(onlyAt(problems, "session.modality").message).toBe(
      "valeur non admise « présentiel » ; valeurs possibles : on-site (Présentiel), online (En ligne), blended (Mixte) ; vouliez-vous dire « on-site » ?",
    );
    expect(onlyAt(problems, "session.registration.mode").message).toBe(
      "valeur non admise « libre » ; valeurs possibles : free-registration (Inscription libre), other (Autre) ; vouliez-vous dire « free-registration » ?",
    );
  });

  it("conclusion.evaluationQuestionnaire says it is the id of an activity, with one of the project's ids (was « attendu un texte »)", () => {
    const problems = problemsOf(`course:\n  title: T\nconclusion:\n  evaluationQuestionnaire:\n    title: Questionnaire\n${UNITS}`);
    expect(onlyAt(problems, "conclusion.evaluationQuestionnaire").message).toBe(
      "type incorrect : attendu l'identifiant d'une activité déclarée dans les activités d'une unité (units[…].activities) (un texte), " +
        "par exemple « a-quiz-final », reçu un objet (des clés et leurs valeurs)",
    );
  });

  it("an objective reference says it designates an objective", () => {
    const problems = problemsOf(`course:\n  title: T\n${UNITS}        objectives:\n          - { id: obj-1 }\n`);
    expect(onlyAt(problems, "units[0].activities[0].objectives[0]").message).toMatch(
      /^type incorrect : attendu l'identifiant d'un objectif déclaré dans course\.objectives \(un texte\), par exemple « obj-1 »/,
    );
  });

  it.each([
    ["navigation", "navigation: free\n", "type incorrect : attendu un objet avec les clés : mode (Mode de navigation), summaryBlock (Bloc « sommaire »), reçu le texte « free » ; vouliez-vous dire navigation: { mode: free } ?"],
    ["welcome.overview", "welcome:\n  overview: une infographie\n", "type incorrect : attendu un objet avec les clés : form (Forme), description (Description), file (Fichier), reçu le texte « une infographie »"],
    ["session.registration", "session:\n  registration: libre\n", "type incorrect : attendu un objet avec les clés : mode (Mode), details (Précisions), reçu le texte « libre »"],
  ])("%s given a text names the keys expected (was « attendu un objet »)", (path, yaml, message) => {
    expect(onlyAt(problemsOf(`course:\n  title: T\n${yaml}`), path).message).toBe(message);
  });

  it("the required keys of an object are said so", () => {
    const problems = problemsOf("course:\n  title: T\n  objectives: un texte\n");
    expect(onlyAt(problems, "course.objectives").message).toMatch(/chaque élément étant un objet avec les clés : id \(Identifiant, obligatoire\), label \(Libellé, obligatoire\)/);
  });

  it("registrationTerms is steered where a text works: registration.details in a session, registrationModalities in a course (was « registration », an object)", () => {
    const problems = problemsOf("course:\n  title: T\n  registrationTerms: Sur validation\nsession:\n  registrationTerms: Sur validation\n");
    expect(onlyAt(problems, "session.registrationTerms").message).toBe(
      "clé inconnue « registrationTerms » ; vouliez-vous dire « details » dans « registration » (Précisions), soit registration: { details: … } ?",
    );
    expect(onlyAt(problems, "course.registrationTerms").message).toBe(
      "clé inconnue « registrationTerms » ; vouliez-vous dire « registrationModalities » (Modalités d'inscription) ?",
    );
  });

  it("French keys: objectifs → objectives, public → targetAudience, formateurs → trainers", () => {
    const problems = problemsOf("course:\n  title: T\n  objectifs: []\n  public: Agents\nsession:\n  formateurs: []\n");
    expect(onlyAt(problems, "course.objectifs").message).toMatch(/vouliez-vous dire « objectives »/);
    expect(onlyAt(problems, "course.public").message).toMatch(/vouliez-vous dire « targetAudience »/);
    expect(onlyAt(problems, "session.formateurs").message).toMatch(/vouliez-vous dire « trainers »/);
  });

  it("objects and lists in every enum field: never « [object Object] », each place once", () => {
    const problems = problemsOf(
      "course:\n  title: T\n  status: { a: 1 }\n  mentorModality: [on-site]\n  modalities: [{ a: 1 }]\nsession:\n  status: [x]\n  modality: { a: 1 }\n  openTo: { a: 1 }\n  registration: { mode: { a: 1 } }\n",
    );
    expect(problems.map((p) => p.message).join("\n")).not.toMatch(/object Object/);
    expect(new Set(problems.map((p) => p.path)).size).toBe(problems.length);
    expect(problems).toHaveLength(7);
  });
});
