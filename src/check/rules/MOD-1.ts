import { error } from "../finding.js";
import { some } from "../text.js";
import type { Rule } from "../types.js";

export const MOD_1: Rule = {
  requirement: "MOD-1",
  section: "D.1",
  severities: ["error"],
  checks: "La formation déclare au moins une des sept modalités pédagogiques (course.modalities).",
  check: ({ project }) =>
    some(project.course?.modalities)
      ? []
      : [
          error(
            ["course", "modalities"],
            "La formation ne déclare aucune modalité pédagogique : indiquez dans « modalities » une ou plusieurs des sept modalités du guide (hybride, 100 % en ligne tutorée, webinaire, classe virtuelle, 100 % en ligne en autonomie, présentiel enrichi, communauté de développement professionnel).",
          ),
        ],
};
