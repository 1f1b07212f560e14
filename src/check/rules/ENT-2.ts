import { info } from "../finding.js";
import type { Rule } from "../types.js";

export const ENT_2: Rule = {
  requirement: "ENT-2",
  section: "D.4",
  severities: ["info"],
  checks: "Suggère une activité de positionnement (positioning) quand il n'y en a aucune.",
  check: ({ activities }) =>
    activities.some(({ activity }) => activity?.positioning === true)
      ? []
      : [
          info(
            ["units"],
            "Aucune activité de positionnement : le guide suggère d'en proposer avant les modules pour que l'apprenant choisisse ceux à travailler en premier (« positioning: true »).",
          ),
        ],
};
