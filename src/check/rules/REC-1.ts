import type { PathSegment } from "../../common/json-path.js";
import type { TrainingProject } from "../../schema/index.js";
import { minutesOf } from "../durations.js";
import { error } from "../finding.js";
import { filled, hasText, some } from "../text.js";
import type { Rule, RuleFinding } from "../types.js";

/**
 * The mentions an attestation or badge shows at least (guide D.9). The competences worked are shown
 * "where any": they come from course.competences, so they cannot be missing when the course lists any.
 */
const MENTIONS: { path: PathSegment[]; present: (p: TrainingProject) => boolean; message: string }[] = [
  {
    path: ["course", "title"],
    present: (p) => hasText(p.course, "title") || filled(p.recognition?.badge?.name),
    message: "L'attestation n'aurait pas de libellé de formation : renseignez « course.title ».",
  },
  {
    path: ["course", "estimatedDuration"],
    present: (p) =>
      [p.course?.estimatedDuration?.online, p.course?.estimatedDuration?.onSite, p.session?.effectiveDuration?.online, p.session?.effectiveDuration?.onSite].some(
        (d) => minutesOf(d) !== undefined,
      ),
    message: "L'attestation n'indiquerait pas de durée : renseignez « course.estimatedDuration » (ou la durée effective de la session).",
  },
  {
    path: ["course", "objectives"],
    present: (p) => some(p.course?.objectives),
    message: "L'attestation n'indiquerait pas d'objectifs : listez-les dans « course.objectives ».",
  },
  {
    path: ["recognition", "issuer"],
    present: (p) => filled(p.recognition?.issuer?.name),
    message: "L'organisme qui délivre l'attestation ou le badge n'est pas indiqué : renseignez « recognition.issuer.name ».",
  },
  {
    path: ["recognition", "criteria"],
    present: (p) => {
      const c = p.recognition?.criteria;
      return some(c?.activities) || minutesOf(c?.minimumTime) !== undefined || filled(c?.description);
    },
    message:
      "Les critères d'obtention ne sont pas indiqués : précisez dans « recognition.criteria » les activités à réaliser et/ou le temps minimal à consacrer.",
  },
];

export const REC_1: Rule = {
  requirement: "REC-1",
  section: "D.9, E.6",
  severities: ["error"],
  checks:
    "La formation délivre une attestation ou un open badge, qui indique le libellé, la durée, les objectifs, les compétences le cas échéant, l'organisme qui le délivre et les critères d'obtention : une erreur par mention manquante.",
  check: ({ project }): RuleFinding[] => {
    const r = project.recognition;
    // The guide asks "a minima" for one of them: without either, the mentions are moot.
    if (r?.attestation !== true && r?.badge?.enabled !== true) {
      return [
        error(
          ["recognition"],
          "La formation ne délivre ni attestation ni open badge : le guide en exige au moins un ; indiquez « recognition.attestation: true » ou activez « recognition.badge ».",
        ),
      ];
    }
    return MENTIONS.filter(({ present }) => !present(project)).map(({ path, message }) => error(path, message));
  },
};
