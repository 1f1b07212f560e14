import { error } from "../finding.js";
import { some } from "../text.js";
import type { Rule } from "../types.js";

export const ACC_1: Rule = {
  requirement: "ACC-1",
  section: "E.2",
  severities: ["error"],
  checks: "La page d'accueil donne au moins un contact pour les questions et les problèmes techniques (welcome.contacts).",
  check: ({ project }) =>
    some(project.welcome?.contacts)
      ? []
      : [
          error(
            ["welcome", "contacts"],
            "La page d'accueil ne donne aucun contact : indiquez dans « welcome.contacts » qui joindre en cas de question ou de problème technique.",
          ),
        ],
};
