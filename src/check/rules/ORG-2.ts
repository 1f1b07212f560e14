import { warning } from "../finding.js";
import type { Rule } from "../types.js";

export const ORG_2: Rule = {
  requirement: "ORG-2",
  section: "E.3.b",
  severities: ["warning"],
  checks: "La barre de suivi ne compte pas plus d'éléments suivis que le seuil (settings.trackingThreshold, 15 par défaut).",
  check: ({ activities, settings }) => {
    const tracked = activities.filter(({ activity }) => activity?.tracked === true).length;
    const max = settings.trackingThreshold;
    return tracked > max
      ? [
          warning(
            ["units"],
            `La barre de suivi compte ${tracked} éléments, au-delà du seuil de ${max} : elle risque d'être surchargée ; ne suivez que les activités ou étapes essentielles (ou relevez « settings.trackingThreshold »).`,
          ),
        ]
      : [];
  },
};
