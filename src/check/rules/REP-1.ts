import type { Unit } from "../../schema/index.js";
import { minutesOf } from "../durations.js";
import { error } from "../finding.js";
import { filled, quoted, some, titleOf } from "../text.js";
import type { Rule } from "../types.js";

/** What every unit (sequence, module) presents (guide D.6); activities are ACT-2's. */
const FIELDS: { field: keyof Unit; present: (u: Unit) => boolean; what: string; todo: string }[] = [
  {
    field: "objectives",
    present: (u) => some(u.objectives),
    what: "ses objectifs",
    todo: "citez dans « objectives » les identifiants des objectifs qu'elle couvre",
  },
  {
    field: "duration",
    present: (u) => minutesOf(u.duration) !== undefined,
    what: "sa durée",
    todo: "indiquez dans « duration » sa durée, qui doit correspondre à la somme de ses activités",
  },
  {
    field: "modality",
    present: (u) => filled(u.modality),
    what: "ses modalités",
    todo: "décrivez-les en quelques mots dans « modality » (ex. « à distance, en autonomie »)",
  },
  {
    field: "instructions",
    present: (u) => filled(u.instructions),
    what: "ses consignes",
    todo: "rédigez dans « instructions » les consignes générales de l'unité",
  },
];

export const REP_1: Rule = {
  requirement: "REP-1",
  section: "D.6",
  severities: ["error"],
  checks:
    "Chaque unité (séquence, module) présente ses objectifs, sa durée, ses modalités et ses consignes : une erreur par élément manquant (pour les activités, voir ACT-2).",
  applies: ({ units }) => units.length > 0,
  check: ({ units }) =>
    units.flatMap(({ unit, path }) =>
      FIELDS.filter(({ present }) => !present(unit)).map(({ field, what, todo }) =>
        error([...path, field], `L'unité ${quoted(titleOf(unit))} ne présente pas ${what} : ${todo}.`),
      ),
    ),
};
