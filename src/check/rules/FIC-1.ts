import type { PathSegment } from "../../common/json-path.js";
import type { Course } from "../../schema/index.js";
import { error, info } from "../finding.js";
import { filled, hasText, some } from "../text.js";
import type { Rule, RuleFinding } from "../types.js";

const REQUIRED: { path: PathSegment[]; present: (c: Course | undefined) => boolean; message: string }[] = [
  {
    path: ["course", "title"],
    present: (c) => hasText(c, "title"),
    message: "La fiche formation n'a pas de titre : renseignez « course.title ».",
  },
  {
    path: ["course", "objectives"],
    present: (c) => some(c?.objectives),
    message: "La fiche formation n'indique pas d'objectifs pédagogiques : listez-les dans « course.objectives ».",
  },
  {
    path: ["course", "pedagogicalApproach"],
    present: (c) => filled(c?.pedagogicalApproach),
    message:
      "La fiche formation ne présente pas l'approche pédagogique : décrivez dans « course.pedagogicalApproach » l'approche choisie et ce qui la justifie.",
  },
];

export const FIC_1: Rule = {
  requirement: "FIC-1",
  section: "E.1",
  severities: ["error", "info"],
  checks: "La fiche formation a un titre, des objectifs et une approche pédagogique (erreurs) ; un teaser vidéo est suggéré (information).",
  check: ({ project }) => {
    const course = project.course;
    const out: RuleFinding[] = REQUIRED.filter(({ present }) => !present(course)).map(({ path, message }) => error(path, message));
    if (!filled(course?.trailer)) {
      out.push(
        info(
          ["course", "trailer"],
          "Pas de teaser vidéo : le guide suggère une courte bande-annonce pour donner envie de suivre la formation (« course.trailer », hébergée sur video.mentor.gouv.fr).",
        ),
      );
    }
    return out;
  },
};
