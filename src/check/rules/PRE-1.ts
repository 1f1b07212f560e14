import type { CourseModality } from "../../schema/index.js";
import { warning } from "../finding.js";
import { some } from "../text.js";
import type { CheckContext, Rule } from "../types.js";

/** Modalities where learners are accompanied by trainers. */
const TUTORED: readonly CourseModality[] = ["online-tutored", "hybrid", "virtual-classroom"];

const isTutored = ({ project }: CheckContext) => (project.course?.modalities ?? []).some((m) => TUTORED.includes(m));

export const PRE_1: Rule = {
  requirement: "PRE-1",
  section: "E.5.a",
  severities: ["warning"],
  checks: "Une formation tutorée (hybride, 100 % en ligne tutorée, classe virtuelle) nomme ses formateurs (session.trainers) pour le bloc « Mes formateurs ».",
  applies: isTutored,
  check: (ctx) =>
    isTutored(ctx) && !some(ctx.project.session?.trainers)
      ? [
          warning(
            ["session", "trainers"],
            "La formation est tutorée mais ne nomme aucun formateur : indiquez-les dans « session.trainers » ; ils figurent dans le bloc « Mes formateurs » que les apprenants utilisent pour les contacter.",
          ),
        ]
      : [],
};
