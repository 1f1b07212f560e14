import { error } from "../finding.js";
import { filled } from "../text.js";
import type { Rule } from "../types.js";

export const PUB_1: Rule = {
  requirement: "PUB-1",
  section: "F",
  severities: ["error"],
  checks: "La session est rattachée à un espace dédié (session.ownerSpace).",
  check: ({ project }) =>
    filled(project.session?.ownerSpace)
      ? []
      : [
          error(
            ["session", "ownerSpace"],
            "La session n'est rattachée à aucun espace dédié : indiquez dans « session.ownerSpace » l'espace (ministère ou structure) qui la porte sur Mentor.",
          ),
        ],
};
