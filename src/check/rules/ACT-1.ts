import type { Unit } from "../../schema/index.js";
import { error } from "../finding.js";
import { quoted, some, titleOf } from "../text.js";
import type { Rule } from "../types.js";

/** A unit whose activities sit in its sub-units still puts the learner into activity. */
function hasActivity(unit: Unit): boolean {
  return some(unit?.activities) || (unit?.units ?? []).some(hasActivity);
}

export const ACT_1: Rule = {
  requirement: "ACT-1",
  section: "D.3",
  severities: ["error"],
  checks: "Chaque unité comporte au moins une activité (elle-même ou dans ses sous-unités).",
  applies: ({ units }) => units.length > 0,
  check: ({ units }) =>
    units
      .filter(({ unit }) => !hasActivity(unit))
      .map(({ unit, path }) =>
        error(
          [...path, "activities"],
          `L'unité ${quoted(titleOf(unit))} ne comporte aucune activité : le guide demande de mettre l'apprenant en activité à chaque étape ; ajoutez-en au moins une dans « activities ».`,
        ),
      ),
};
