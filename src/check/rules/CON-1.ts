import type { PathSegment } from "../../common/json-path.js";
import type { TrainingProject } from "../../schema/index.js";
import { error, warning } from "../finding.js";
import { filled, quoted, some, titleOf } from "../text.js";
import type { CheckContext, Rule, RuleFinding } from "../types.js";

/** The other parts of the conclusion (guide E.6): a warning for each missing. */
const PARTS: { path: PathSegment[]; present: (p: TrainingProject) => boolean; message: string }[] = [
  {
    path: ["conclusion", "objectivesReminder"],
    present: (p) => filled(p.conclusion?.objectivesReminder),
    message: "La conclusion ne rappelle pas les objectifs de la formation : rédigez ce rappel dans « conclusion.objectivesReminder ».",
  },
  {
    path: ["conclusion", "furtherReading"],
    present: (p) => some(p.conclusion?.furtherReading),
    message:
      "La conclusion n'a pas de rubrique « pour aller plus loin » : proposez dans « conclusion.furtherReading » des liens vers des ressources utiles pour approfondir.",
  },
  {
    path: ["conclusion", "credits"],
    present: (p) => filled(p.conclusion?.credits) || filled(p.course?.credits),
    message: "La conclusion n'affiche pas les crédits : indiquez-les dans « conclusion.credits » (auteurs, images, licences).",
  },
];

export const CON_1: Rule = {
  requirement: "CON-1",
  section: "E.6",
  severities: ["error", "warning"],
  checks:
    "La conclusion désigne un questionnaire d'évaluation de la formation suivi dans la barre de suivi (erreur) ; elle rappelle les objectifs, propose « pour aller plus loin » et affiche les crédits (avertissements).",
  check: (ctx) => [...questionnaire(ctx), ...PARTS.filter(({ present }) => !present(ctx.project)).map(({ path, message }) => warning(path, message))],
};

function questionnaire({ project, activityById }: CheckContext): RuleFinding[] {
  const ref = project.conclusion?.evaluationQuestionnaire;
  if (!filled(ref)) {
    return [
      error(
        ["conclusion", "evaluationQuestionnaire"],
        "La conclusion ne comporte pas de questionnaire d'évaluation de la formation : créez une activité questionnaire, suivie dans la barre de suivi, et donnez son identifiant dans « conclusion.evaluationQuestionnaire ».",
      ),
    ];
  }
  const target = activityById.get(ref!);
  // An unknown reference is reported by validation; nothing more to say here.
  if (target && target.activity.tracked !== true) {
    return [
      error(
        [...target.path, "tracked"],
        `Le questionnaire d'évaluation ${quoted(titleOf(target.activity))} n'est pas suivi : le guide demande qu'il figure dans la barre de suivi (« tracked: true »).`,
      ),
    ];
  }
  return [];
}
