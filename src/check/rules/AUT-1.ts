import { warning } from "../finding.js";
import type { Rule } from "../types.js";

export const AUT_1: Rule = {
  requirement: "AUT-1",
  section: "D.5",
  severities: ["warning"],
  checks: "Signale une navigation séquentielle (navigation.mode: sequential) : le guide préfère tous les contenus ouverts.",
  check: ({ project }) =>
    project.navigation?.mode === "sequential"
      ? [
          warning(
            ["navigation", "mode"],
            "Les unités se débloquent l'une après l'autre : le guide préfère laisser tous les contenus ouverts pour favoriser l'autonomie ; choisissez « free » sauf raison pédagogique forte.",
          ),
        ]
      : [],
};
