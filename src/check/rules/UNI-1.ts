import { error } from "../finding.js";
import { quoted, some, titleOf } from "../text.js";
import type { Rule, RuleFinding } from "../types.js";

export const UNI_1: Rule = {
  requirement: "UNI-1",
  section: "E.4",
  severities: ["error"],
  checks:
    "La formation est décomposée en unités ; chaque unité couvre au moins un objectif ; chaque objectif est couvert par une unité (ou par une activité d'une unité).",
  check: ({ project, units, activities }) => {
    if (units.length === 0) {
      return [
        error(
          ["units"],
          "La formation n'est décomposée en aucune unité d'enseignement : décrivez dans « units » les unités, chacune couvrant un ou plusieurs objectifs.",
        ),
      ];
    }
    const out: RuleFinding[] = units
      .filter(({ unit }) => !some(unit?.objectives))
      .map(({ unit, path }) =>
        error(
          [...path, "objectives"],
          `L'unité ${quoted(titleOf(unit))} ne couvre aucun objectif de la formation : citez dans « objectives » les identifiants des objectifs qu'elle couvre.`,
        ),
      );
    const covered = new Set([
      ...units.flatMap(({ unit }) => unit?.objectives ?? []),
      ...activities.flatMap(({ activity }) => activity?.objectives ?? []),
    ]);
    (project.course?.objectives ?? []).forEach((objective, i) => {
      if (objective?.id && !covered.has(objective.id)) {
        out.push(
          error(
            ["course", "objectives", i],
            `L'objectif ${quoted(objective.label ?? objective.id)} (${objective.id}) n'est couvert par aucune unité : rattachez-le à une unité dans son « objectives », ou retirez-le.`,
          ),
        );
      }
    });
    return out;
  },
};
