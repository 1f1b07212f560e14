import { error } from "../finding.js";
import type { Rule } from "../types.js";

export const PRO_1: Rule = {
  requirement: "PRO-1",
  section: "D.7",
  severities: ["error"],
  checks: "Au moins une activité est suivie dans la barre de suivi (tracked: true).",
  check: ({ activities }) =>
    activities.some(({ activity }) => activity?.tracked === true)
      ? []
      : [
          error(
            ["units"],
            "Aucune activité n'est suivie : choisissez avec le scénario les activités qui figurent dans la barre de suivi (« tracked: true »), pour que l'apprenant voie sa progression.",
          ),
        ],
};
