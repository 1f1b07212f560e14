import type { Activity } from "../../schema/index.js";
import { isOrganisational } from "../../common/activity-purpose.js";
import { minutesOf } from "../durations.js";
import { error } from "../finding.js";
import { filled, quoted, some, titleOf } from "../text.js";
import type { Rule } from "../types.js";

/** What every activity states (guide D.3): one error for each that is missing. */
const FIELDS: { field: keyof Activity; present: (a: Activity) => boolean; what: string; todo: string }[] = [
  {
    field: "modality",
    present: (a) => Object.keys(a.modality ?? {}).length > 0,
    what: "n'indique pas sa modalité",
    todo: "précisez dans « modality » si elle est synchrone, individuelle ou collective, en ligne ou en présentiel",
  },
  {
    field: "duration",
    present: (a) => minutesOf(a.duration) !== undefined,
    what: "n'indique pas sa durée",
    todo: "indiquez-la dans « duration » (ex. « 30 min »)",
  },
  {
    field: "objectives",
    present: (a) => some(a.objectives),
    what: "n'indique pas ses objectifs",
    todo: "citez dans « objectives » les identifiants des objectifs qu'elle sert",
  },
  {
    field: "instructions",
    present: (a) => filled(a.instructions) || filled(a.expectedOutput),
    what: "n'indique ni ses consignes ni ses attendus",
    todo: "dites dans « instructions » ce que le participant doit faire, et dans « expectedOutput » ce qu'il doit produire",
  },
];

export const ACT_2: Rule = {
  requirement: "ACT-2",
  section: "D.3",
  severities: ["error"],
  checks:
    "Chaque activité indique sa modalité, sa durée, ses objectifs et ses consignes ou attendus : une erreur par élément manquant ; une activité d'organisation (accueil, positionnement, questionnaire d'évaluation) n'a pas d'objectifs à indiquer.",
  applies: ({ activities }) => activities.length > 0,
  check: ({ activities, project }) =>
    activities.flatMap(({ activity, path }) =>
      FIELDS.filter(({ field, present }) => !present(activity) && !(field === "objectives" && isOrganisational(activity, project))).map(({ field, what, todo }) =>
        error([...path, field], `L'activité ${quoted(titleOf(activity))} ${what} : ${todo}.`),
      ),
    ),
};
