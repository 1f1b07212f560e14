import type { PathSegment } from "../../common/json-path.js";
import type { TrainingProject } from "../../schema/index.js";
import { minutesOf } from "../durations.js";
import { error } from "../finding.js";
import { filled, listFr, some } from "../text.js";
import type { Rule, RuleFinding } from "../types.js";

/** The seven things the learner is told at registration and entry (guide D.4): one error for each missing. */
const ITEMS: { path: PathSegment[]; missing: (p: TrainingProject) => string[]; message: (missing: string[]) => string }[] = [
  {
    path: ["course", "objectives"],
    missing: (p) => (some(p.course?.objectives) ? [] : ["objectives"]),
    message: () => "Les objectifs pédagogiques ne sont pas annoncés à l'entrée : listez-les dans « course.objectives ».",
  },
  {
    path: ["course"],
    missing: (p) => [
      ...(minutesOf(p.course?.estimatedDuration?.online) === undefined && minutesOf(p.course?.estimatedDuration?.onSite) === undefined
        ? ["la durée (« estimatedDuration »)"]
        : []),
      ...(some(p.course?.modalities) ? [] : ["les modalités (« modalities »)"]),
      ...(filled(p.course?.calendar) || filled(p.session?.startDate) ? [] : ["le calendrier (« calendar » ou les dates de la session)"]),
    ],
    message: (missing) => `L'apprenant ne connaît pas à l'entrée ${listFr(missing)} de la formation : complétez la fiche formation.`,
  },
  {
    path: ["course", "competences"],
    missing: (p) => (some(p.course?.competences) ? [] : ["competences"]),
    message: () => "Les compétences professionnelles travaillées ne sont pas annoncées : listez-les dans « course.competences ».",
  },
  {
    path: ["course", "evaluationModalities"],
    missing: (p) => (filled(p.course?.evaluationModalities) || filled(p.welcome?.evaluation) ? [] : ["evaluation"]),
    message: () => "Les modalités d'évaluation ne sont pas annoncées : décrivez-les dans « course.evaluationModalities ».",
  },
  {
    path: ["course", "registrationModalities"],
    missing: (p) =>
      filled(p.course?.registrationModalities) || p.session?.registration?.mode !== undefined || filled(p.session?.registration?.details)
        ? []
        : ["registration"],
    message: () =>
      "Les modalités d'inscription ne sont pas annoncées : décrivez-les dans « course.registrationModalities » ou dans « session.registration ».",
  },
  {
    path: ["course", "prerequisites"],
    missing: (p) => (filled(p.course?.prerequisites) ? [] : ["prerequisites"]),
    message: () => "Les prérequis ne sont pas annoncés : indiquez-les dans « course.prerequisites » (écrivez « Aucun » s'il n'y en a pas).",
  },
  {
    path: ["course", "accompanimentModalities"],
    missing: (p) => (filled(p.course?.accompanimentModalities) || filled(p.session?.accompaniment) ? [] : ["accompaniment"]),
    message: () =>
      "Les modalités d'accompagnement ne sont pas annoncées : décrivez dans « course.accompanimentModalities » le tutorat, l'animation et l'assistance proposés.",
  },
];

export const ENT_1: Rule = {
  requirement: "ENT-1",
  section: "D.4",
  severities: ["error"],
  checks:
    "La fiche formation annonce les objectifs ; la durée, les modalités et le calendrier ; les compétences ; les modalités d'évaluation, d'inscription et d'accompagnement ; les prérequis : une erreur par élément manquant.",
  check: ({ project }) =>
    ITEMS.flatMap(({ path, missing, message }): RuleFinding[] => {
      const gaps = missing(project);
      return gaps.length > 0 ? [error(path, message(gaps))] : [];
    }),
};
