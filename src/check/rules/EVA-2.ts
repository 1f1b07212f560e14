import { warning } from "../finding.js";
import { quoted, titleOf } from "../text.js";
import type { Rule } from "../types.js";

export const EVA_2: Rule = {
  requirement: "EVA-2",
  section: "D.8",
  severities: ["warning"],
  checks: "Dans une formation non certifiante, aucune activité individuelle n'est évaluée par le formateur.",
  // A certifying course may evaluate individuals: the requirement does not concern it.
  applies: ({ project }) => project.course?.certifying !== true,
  check: ({ activities }) =>
    activities
      .filter(({ activity }) => activity?.evaluation === "trainer" && activity.modality?.grouping === "individual")
      .map(({ activity, path }) =>
        warning(
          [...path, "evaluation"],
          `L'activité individuelle ${quoted(titleOf(activity))} est évaluée par le formateur alors que la formation n'est pas certifiante : réservez cette évaluation aux productions de groupe, ou préférez l'auto-positionnement ou une évaluation automatique.`,
        ),
      ),
};
