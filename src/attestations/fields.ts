/**
 * The mail-merge fields an attestation template may hold (`MERGEFIELD nom` …) and their values for
 * a learner. The attestation document's template uses these names.
 */
import { formatDuration } from "../common/duration.js";
import { frenchDate } from "../model/dates.js";
import { typographicApostrophes } from "../render/typography.js";
import type { Learner } from "./learners/read-learners.js";

/** Field name → what it holds (French, for the template's author). */
export const MERGE_FIELDS = {
  nom: "nom de famille du participant",
  prenom: "prénom du participant",
  nom_complet: "prénom et nom du participant",
  courriel: "adresse électronique du participant",
  date_achevement: "date d'achèvement (« 9 mars 2026 »), vide si la liste ne la donne pas",
  date_achevement_courte: "date d'achèvement (« 09/03/2026 »)",
  temps_passe: "temps passé en formation (« 2 h 45 »), « non renseigné » si la liste ne le donne pas",
  resultat: "résultat tel qu'il figure dans la liste, « non renseigné » sinon",
} as const;

export type MergeFieldName = keyof typeof MERGE_FIELDS;

/** The values of every merge field for one learner. */
export function learnerFields(learner: Learner): Record<MergeFieldName, string> {
  const date = frenchDate(learner.completionDate);
  // Names are typeset like the rest of the attestation (« D’Aubigné »); the address is left as it is.
  const lastName = typographicApostrophes(learner.lastName);
  const firstName = typographicApostrophes(learner.firstName);
  return {
    nom: lastName,
    prenom: firstName,
    nom_complet: `${firstName} ${lastName}`.trim(),
    courriel: learner.email,
    date_achevement: date?.medium ?? "",
    date_achevement_courte: date?.short ?? "",
    // The template prints these after a label: say so rather than leave « Résultat : » dangling.
    temps_passe: learner.timeSpentMinutes === undefined ? "non renseigné" : formatDuration(learner.timeSpentMinutes),
    resultat: learner.result === undefined ? "non renseigné" : typographicApostrophes(learner.result),
  };
}
