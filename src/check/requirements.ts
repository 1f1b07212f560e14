/**
 * The guide's requirements as data, one row per ID of shared/guide/requirements.md (a test keeps
 * the two in step). Labels are short French summaries; read the guide section for the full text.
 */

/** The documents a requirement is rendered in. */
export type DocumentCode = "CDC" | "LIV" | "CAR" | "ATT" | "FIC" | "ACC";

export interface Requirement {
  id: string;
  /** Guide section(s), as written in the table (e.g. `D.9, E.6`). */
  section: string;
  /** Short French label of the requirement. */
  label: string;
  renderedIn: DocumentCode[];
}

export const DOCUMENT_NAMES: Record<DocumentCode, string> = {
  CDC: "cahier des charges",
  LIV: "livret du formateur",
  CAR: "carnet de bord",
  ATT: "attestation / open badge",
  FIC: "fiche formation et fiche session",
  ACC: "page d'accueil",
};

const row = (id: string, section: string, label: string, renderedIn: DocumentCode[]): Requirement => ({
  id,
  section,
  label,
  renderedIn,
});

export const REQUIREMENTS: readonly Requirement[] = [
  row("MOD-1", "D.1", "La formation déclare une ou plusieurs des sept modalités pédagogiques du guide, éventuellement combinées.", ["CDC", "FIC", "LIV"]),
  row("MOD-2", "D.1", "Chaque regroupement synchrone (en présence ou à distance) s'accompagne d'une guidance pour l'équipe qui l'anime : supports, scénario, consignes.", ["LIV", "CDC"]),
  row("RES-1", "D.2", "Chaque ressource est introduite par une consigne et sert une activité.", ["CDC", "LIV", "CAR"]),
  row("RES-2", "D.2", "Chaque ressource a une forme (texte, schéma, vidéo, carte mentale…) choisie pour son activité, son ergonomie et son attrait.", ["CDC"]),
  row("RES-3", "D.2", "Les ressources sont destinées aux participants ou viennent en appui du formateur (synthèses, ressources complémentaires).", ["CDC", "LIV"]),
  row("RES-4", "D.2", "La consultation de chaque ressource compte dans le temps de formation : chacune a une durée de consultation.", ["CDC", "LIV"]),
  row("RES-5", "D.2", "Les liens externes mènent uniquement à des sites institutionnels et stables, avec une consigne précise sur le périmètre et le temps à y consacrer.", ["CDC"]),
  row("ACT-1", "D.3", "L'apprenant est mis en activité à chaque étape : chaque unité comporte au moins une activité.", ["CDC"]),
  row("ACT-2", "D.3", "Chaque activité précise sa modalité, sa durée, ses objectifs et ses consignes ou attendus.", ["CDC", "LIV", "CAR"]),
  row("ENT-1", "D.4", "À l'inscription et à l'entrée, l'apprenant connaît les objectifs, la durée, les modalités et le calendrier, les compétences travaillées, les modalités d'évaluation, d'inscription et d'accompagnement, et les prérequis.", ["FIC", "CDC", "ACC"]),
  row("ENT-2", "D.4", "Des activités de positionnement, facultatives, avant les modules, pour choisir les modules à travailler en premier.", ["CDC", "LIV"]),
  row("AUT-1", "D.5", "Tous les contenus ouverts plutôt qu'un déblocage linéaire où chaque étape dépend de la précédente.", ["CDC"]),
  row("AUT-2", "D.5", "Des activités réflexives liées à une problématique ou une situation professionnelle.", ["CDC"]),
  row("AUT-3", "D.5", "Une vue d'ensemble (infographie, présentation dynamique) de tous les modules.", ["CDC", "ACC"]),
  row("REP-1", "D.6", "Chaque séquence, module et activité est présenté avec ses objectifs, sa durée, ses modalités et ses consignes.", ["CDC", "LIV", "CAR", "ACC"]),
  row("PRO-1", "D.7", "Suivi d'achèvement : les activités pertinentes sont suivies et affichées dans une barre de progression.", ["CDC", "CAR", "ACC"]),
  row("PRO-2", "D.7, E.3.a", "Un carnet de bord : un document modifiable à télécharger, que l'apprenant complète ou imprime.", ["CAR"]),
  row("EVA-1", "D.8", "Évaluation par des outils automatiques, par les formateurs ou les pairs, ou par auto-positionnement (à privilégier).", ["CDC", "LIV"]),
  row("EVA-2", "D.8", "L'évaluation par le formateur est réservée aux productions de groupe, sauf dans une formation certifiante.", ["CDC"]),
  row("EVA-3", "D.8", "Les résultats d'auto-évaluation sont réservés au participant.", ["CDC"]),
  row("EVA-4", "D.8", "La charge de travail des activités évaluées, pour les participants et pour les formateurs, est estimée et annoncée dans le livret.", ["LIV"]),
  row("REC-1", "D.9, E.6", "Une attestation ou un open badge indiquant le libellé de la formation, la durée, les objectifs, les compétences travaillées le cas échéant, l'organisme qui la délivre et les critères d'obtention.", ["ATT", "CDC", "FIC"]),
  row("REC-2", "E.6", "L'attestation de participation permet de justifier la participation pour une durée estimée et, le cas échéant, des dates.", ["ATT"]),
  row("FIC-1", "E.1", "Fiche formation : titre, objectifs, approche pédagogique… ; un court teaser vidéo est suggéré.", ["FIC", "CDC"]),
  row("FIC-2", "E.1, F", "Fiche session : durée effective, modalités, dates, contexte de mise en œuvre, public auquel elle est ouverte et modalités d'inscription.", ["FIC", "LIV"]),
  row("ACC-1", "E.2", "Page d'accueil : modules ou étapes avec leurs dates, rendez-vous synchrones, repères de progression, modalités d'évaluation, contacts.", ["ACC", "CDC", "LIV"]),
  row("ORG-1", "E.3.a", "Carnet de bord : pour chaque étape, de la place pour les notes, questions et réflexions.", ["CAR"]),
  row("ORG-2", "E.3.b", "Barre de suivi : les activités ou étapes à réaliser, sans la surcharger, choisies avec le scénario.", ["CAR", "CDC"]),
  row("ORG-3", "E.3.c", "Livret du formateur : objectifs et approche, scénario, calendrier, consignes de mise en place, ressources complémentaires, synthèses préparées, messages proactifs.", ["LIV"]),
  row("UNI-1", "E.4", "Décomposition en unités d'enseignement, chacune couvrant un ou plusieurs objectifs de la formation (bloc « sommaire »).", ["CDC", "LIV", "CAR", "ACC"]),
  row("UNI-2", "E.4", "La décomposition est visible dès l'entrée et navigable librement : pas d'activité SCORM unique englobant toute la formation.", ["CDC"]),
  row("PRE-1", "E.5.a", "Un bloc « Mes formateurs » : les apprenants contactent les formateurs par la messagerie interne.", ["CDC", "ACC", "LIV"]),
  row("PRE-2", "E.5.b–c", "Liste des participants ; les apprenants sont invités à compléter leur profil dès l'entrée.", ["CDC", "LIV"]),
  row("PRE-3", "E.5.d", "Outils collaboratifs : forum, Etherpad, classe virtuelle, messagerie interne, questionnaire, sondage, choix de groupe.", ["CDC", "LIV"]),
  row("CON-1", "E.6", "Conclusion : rappel des objectifs, questionnaire d'évaluation inclus dans la barre de suivi, rubrique « pour aller plus loin », crédits.", ["CDC", "CAR", "LIV"]),
  row("PUB-1", "F", "Publication : une session créée dans un espace dédié, proposée aux agents de cet espace et aux espaces listés dans la fiche session.", ["FIC", "CDC"]),
  row("TEC-1", "G", "Les exigences techniques sont celles du document « Exigences techniques pour la formation des agents sur Mentor ».", ["CDC"]),
];

const byId = new Map(REQUIREMENTS.map((r) => [r.id, r]));

/** The requirement with this ID; throws on an unknown ID (a programming error). */
export function requirement(id: string): Requirement {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown requirement ID: ${id}`);
  return found;
}
