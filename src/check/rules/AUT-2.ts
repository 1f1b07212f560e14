import { info } from "../finding.js";
import type { Rule } from "../types.js";

export const AUT_2: Rule = {
  requirement: "AUT-2",
  section: "D.5",
  severities: ["info"],
  checks: "Suggère une activité réflexive (reflective) quand il n'y en a aucune.",
  check: ({ activities }) =>
    activities.some(({ activity }) => activity?.reflective === true)
      ? []
      : [
          info(
            ["units"],
            "Aucune activité réflexive : le guide recommande des activités liées à une problématique ou une situation professionnelle, qui tiennent compte des connaissances et de l'expérience de l'apprenant (« reflective: true »).",
          ),
        ],
};
