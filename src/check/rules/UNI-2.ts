import { error } from "../finding.js";
import { quoted, titleOf } from "../text.js";
import type { Rule } from "../types.js";

export const UNI_2: Rule = {
  requirement: "UNI-2",
  section: "E.4",
  severities: ["error"],
  checks: "Aucune activité n'englobe toute la formation (wrapsWholeCourse), et la formation ne se réduit pas à une activité SCORM unique.",
  check: ({ activities }) => {
    const wrapping = activities.filter(({ activity }) => activity?.wrapsWholeCourse === true);
    const single = activities.length === 1 && activities[0]!.activity?.kind === "scorm" ? activities : [];
    return (wrapping.length > 0 ? wrapping : single).map(({ activity, path }) =>
      error(
        path,
        `L'activité ${quoted(titleOf(activity))} englobe toute la formation dans un paquetage unique : le guide l'exclut, car la décomposition en unités doit être visible dès l'entrée et navigable librement ; découpez-la en unités et activités.`,
      ),
    );
  },
};
