import { warning } from "../finding.js";
import { filled, quoted, titleOf } from "../text.js";
import type { Rule } from "../types.js";

export const RES_1: Rule = {
  requirement: "RES-1",
  section: "D.2",
  severities: ["warning"],
  checks:
    "Chaque ressource a une consigne (instructions) et sert une activité (déclarée dans une activité, ou « activity » pour les ressources du livret destinées aux participants).",
  applies: ({ resources }) => resources.length > 0,
  check: ({ resources }) =>
    resources.flatMap(({ resource, path, activity }) => {
      const name = quoted(titleOf(resource));
      const out = [];
      if (!filled(resource.instructions)) {
        out.push(
          warning(
            [...path, "instructions"],
            `La ressource ${name} n'est introduite par aucune consigne : dites dans « instructions » ce qu'il faut en faire et le temps à y consacrer.`,
          ),
        );
      }
      // Resources of the trainer booklet are the trainer's unless they say they are for participants.
      if (!activity && resource.audience === "learner" && !filled(resource.activity)) {
        out.push(
          warning(
            [...path, "activity"],
            `La ressource ${name}, destinée aux participants, ne sert aucune activité : indiquez dans « activity » l'identifiant de l'activité qu'elle sert.`,
          ),
        );
      }
      return out;
    }),
};
