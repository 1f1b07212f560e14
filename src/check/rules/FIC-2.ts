import { error } from "../finding.js";
import { filled } from "../text.js";
import type { Rule, RuleFinding } from "../types.js";

export const FIC_2: Rule = {
  requirement: "FIC-2",
  section: "E.1, F",
  severities: ["error"],
  checks:
    "La fiche session indique ses dates (début, et fin sauf session permanente) et son public (session.targetAudience, ou à défaut celui de la fiche formation).",
  check: ({ project }) => {
    const session = project.session;
    const out: RuleFinding[] = [];
    const missing = [
      ...(filled(session?.startDate) ? [] : ["de date de début (« startDate »)"]),
      ...(filled(session?.endDate) || session?.permanent === true ? [] : ["de date de fin (« endDate », ou « permanent: true » pour une session permanente)"]),
    ];
    if (missing.length > 0) {
      out.push(
        error(
          session?.startDate ? ["session", "endDate"] : ["session", "startDate"],
          `La fiche session n'a pas ${missing.join(" ni ")} : renseignez-la dans « session ».`,
        ),
      );
    }
    if (!filled(session?.targetAudience) && !filled(project.course?.targetAudience)) {
      out.push(
        error(
          ["session", "targetAudience"],
          "La fiche session n'indique pas le public auquel elle est ouverte : renseignez « session.targetAudience » (ou « course.targetAudience »).",
        ),
      );
    }
    return out;
  },
};
