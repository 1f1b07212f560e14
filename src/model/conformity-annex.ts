/**
 * The conformity annex of the cahier des charges, written for bidders: for each requirement of the
 * guide, what the guide asks, what this tender fixes for this course, what the holder delivers and
 * how the deliverable is checked at acceptance. No requirement ID, document code or tool name is
 * printed (those are for `check` and drafts); the wording comes from the project's own data.
 */
import { REQUIREMENTS } from "../check/requirements.js";
import type { ActivityView, ViewModel } from "./view-model.js";

export interface AnnexRow {
  /** Kept for tests and tools; the annex does not print it. */
  requirement: string;
  /** Guide section(s), printed as « Guide, section D.2 ». */
  section: string;
  asks: string;
  fixed: string;
  delivers: string;
  verification: string;
}

type Vm = Omit<ViewModel, "specification"> & { specification: Omit<ViewModel["specification"], "annex"> };

const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

const numbers = (activities: readonly ActivityView[]) => list(activities.map((a) => a.number));

/** What this tender fixes for each requirement, from the project's data. */
const FIXED: Record<string, (vm: Vm) => string> = {
  "MOD-1": (vm) => (vm.course.modalitiesText ? `Modalités retenues : ${vm.course.modalitiesText.toLowerCase()}.` : "Les modalités sont à proposer par le titulaire."),
  "MOD-2": (vm) =>
    vm.synchronousActivities.length
      ? `${count(vm.synchronousActivities.length, "temps synchrone", "temps synchrones")} (activités ${numbers(vm.synchronousActivities)}), chacun avec sa guidance.`
      : "La formation ne comporte pas de temps synchrone.",
  "RES-1": (vm) => `${count(vm.specification.resourceCounts.total, "ressource", "ressources")} au scénario, chacune rattachée à une activité et introduite par une consigne.`,
  "RES-2": () => "La forme de chaque ressource est donnée par le scénario ; le titulaire peut proposer une autre forme, qu'il justifie.",
  "RES-3": (vm) =>
    `${count(vm.specification.resourceCounts.learner, "ressource destinée", "ressources destinées")} aux participants, ${count(vm.specification.resourceCounts.trainer, "ressource", "ressources")} en appui du formateur.`,
  "RES-4": (vm) => `Durée totale de la formation, consultation des ressources comprise : ${vm.totals.computed.all.text}.`,
  "RES-5": (vm) =>
    vm.specification.externalLinks.length
      ? `${count(vm.specification.externalLinks.length, "lien externe", "liens externes")}, vers des sites institutionnels.`
      : "Aucun lien externe n'est prévu.",
  "ACT-1": (vm) => `${count(vm.allUnits.length, "unité", "unités")} et ${count(vm.activities.length, "activité", "activités")} ; chaque unité comporte au moins une activité.`,
  "ACT-2": () => "Pour chaque activité, le scénario donne la modalité, la durée, les objectifs et les consignes ou attendus.",
  "ENT-1": () => "Objectifs, durée, modalités, calendrier, compétences, évaluation, inscription, accompagnement et prérequis, donnés au chapitre « Entrée en formation et positionnement ».",
  "ENT-2": (vm) =>
    vm.specification.positioningActivities.length
      ? `Activités de positionnement : ${numbers(vm.specification.positioningActivities)}.`
      : "Aucune activité de positionnement n'est imposée ; le titulaire peut en proposer.",
  "AUT-1": (vm) => (vm.navigation.mode === "sequential" ? "Navigation séquentielle, justifiée par le scénario." : "Navigation libre : tous les contenus sont ouverts dès l'entrée."),
  "AUT-2": (vm) =>
    vm.specification.reflectiveActivities.length
      ? `Activités réflexives : ${numbers(vm.specification.reflectiveActivities)}.`
      : "Aucune activité réflexive n'est imposée ; le titulaire en propose.",
  "AUT-3": (vm) =>
    vm.welcome.overviewFormLabel || vm.welcome.overview?.description
      ? `Présentation d'ensemble prévue${vm.welcome.overviewFormLabel ? ` : ${vm.welcome.overviewFormLabel.toLowerCase()}` : ""}.`
      : "Une présentation d'ensemble de tous les modules, dont le titulaire propose la forme.",
  "REP-1": (vm) => `Objectifs, durée, modalités et consignes de chacune des ${count(vm.allUnits.length, "unité", "unités")}, donnés au chapitre « Scénario pédagogique ».`,
  "PRO-1": (vm) => `${count(vm.tracking.count, "activité suivie", "activités suivies")} dans la barre de suivi.`,
  "PRO-2": () => "Un carnet de bord modifiable et imprimable, avec une page par unité.",
  "EVA-1": (vm) =>
    vm.specification.evaluationGroups.length
      ? `Évaluations prévues : ${list(vm.specification.evaluationGroups.map((g) => `${g.label.toLowerCase()} (${numbers(g.activities)})`))}.`
      : "Aucune activité évaluée n'est imposée ; le titulaire en propose, de préférence en auto-positionnement.",
  "EVA-2": (vm) =>
    vm.course.certifying
      ? "Formation certifiante : l'évaluation individuelle par les formateurs est admise."
      : "Formation non certifiante : l'évaluation par les formateurs porte sur des productions de groupe.",
  "EVA-3": () => "Les résultats des auto-évaluations ne sont visibles que du participant.",
  "EVA-4": (vm) =>
    vm.evaluationWorkload.learner.minutes > 0
      ? `Charge des activités évaluées : ${vm.evaluationWorkload.learner.text} pour un participant${vm.evaluationWorkload.trainer.minutes > 0 ? `, ${vm.evaluationWorkload.trainer.text} pour les formateurs` : ""}.`
      : vm.evaluationWorkload.count
        ? "La charge de travail des activités évaluées est à estimer par le titulaire."
        : "Aucune activité évaluée : pas de charge à estimer.",
  "REC-1": (vm) =>
    [vm.recognition.attestation ? vm.attestation.title : undefined, vm.recognition.badge?.enabled ? "open badge" : undefined]
      .filter((x): x is string => x !== undefined)
      .join(" et ")
      .replace(/^./, (c) => c.toUpperCase()) + ", avec les mentions listées au chapitre « Reconnaissance des acquis ».",
  "REC-2": (vm) =>
    vm.attestation.duration
      ? `Durée portée sur l'attestation : ${vm.attestation.duration.text}${vm.attestation.period ? ` ; session ${vm.attestation.period}` : ""}.`
      : "La durée portée sur l'attestation est celle de la formation.",
  "FIC-1": () => "Titre, objectifs et approche pédagogique donnés par le présent cahier des charges.",
  "FIC-2": (vm) => (vm.session.period ? `Session ${vm.session.period}.` : vm.session.permanent ? "Session permanente." : "Dates de session à fixer avec l'acheteur."),
  "ACC-1": (vm) =>
    `${count(vm.contacts.length, "contact", "contacts")} pour les questions et les problèmes techniques${vm.session.appointments.length ? ` ; ${count(vm.session.appointments.length, "rendez-vous synchrone", "rendez-vous synchrones")} à annoncer` : ""}.`,
  "ORG-1": () => "Dans le carnet de bord, pour chaque unité, de la place pour les notes, les questions et les réflexions.",
  "ORG-2": (vm) => `Au plus ${vm.tracking.threshold} éléments dans la barre de suivi ; le scénario en prévoit ${vm.tracking.count}.`,
  "ORG-3": () => "Un livret du formateur complet, dont le plan est donné au chapitre « Livrables ».",
  "UNI-1": (vm) => `${count(vm.allUnits.length, "unité d'enseignement", "unités d'enseignement")}, chacune couvrant au moins un des ${count(vm.objectives.length, "objectif", "objectifs")}.`,
  "UNI-2": () => "Aucune activité n'englobe toute la formation ; pas de paquetage SCORM unique.",
  "PRE-1": (vm) =>
    vm.tutored || vm.trainers.length
      ? `Bloc « Mes formateurs » affiché${vm.trainers.length ? ` (${count(vm.trainers.length, "formateur nommé", "formateurs nommés")})` : ""}.`
      : "Formation en autonomie : pas de formateur attitré.",
  "PRE-2": (vm) =>
    [vm.presence.participantList ? "liste des participants accessible" : undefined, vm.presence.profileInvitation ? "invitation à compléter son profil dès l'entrée" : undefined]
      .filter((x): x is string => x !== undefined)
      .join(" ; ")
      .replace(/^./, (c) => c.toUpperCase()) || "À proposer par le titulaire.",
  "PRE-3": (vm) => {
    const used = vm.presenceTools.filter((t) => t.used).map((t) => t.label.toLowerCase());
    return used.length ? `Outils utilisés : ${list(used)}.` : "Aucun outil collaboratif n'est imposé.";
  },
  "CON-1": (vm) =>
    vm.conclusion.evaluationQuestionnaireActivity
      ? `Questionnaire d'évaluation : activité ${vm.conclusion.evaluationQuestionnaireActivity.number}, suivie dans la barre de suivi ; rappel des objectifs, « pour aller plus loin » et crédits.`
      : "Rappel des objectifs, questionnaire d'évaluation suivi, « pour aller plus loin » et crédits.",
  "PUB-1": (vm) => (vm.session.ownerSpace ? `Session créée dans l'espace dédié ${vm.session.ownerSpace}.` : "Espace dédié à préciser par l'acheteur."),
  "TEC-1": (vm) =>
    vm.tender.technicalRequirements?.reference
      ? `Référence retenue : ${vm.tender.technicalRequirements.reference}.`
      : "Le document « Exigences techniques pour la formation des agents sur Mentor » en vigueur.",
};

/** What the holder delivers, and how acceptance checks it, for each requirement. */
const DELIVERY: Record<string, { delivers: string; verification: string }> = {
  "MOD-1": { delivers: "Une formation construite selon les modalités retenues.", verification: "Chaque activité relève d'une modalité retenue." },
  "MOD-2": { delivers: "La guidance de chaque temps synchrone : supports, scénario, consignes.", verification: "Une guidance complète par temps synchrone, dans le livret du formateur." },
  "RES-1": { delivers: "Chaque ressource intégrée à son activité, avec sa consigne.", verification: "Aucune ressource sans consigne ni sans activité." },
  "RES-2": { delivers: "Des ressources dans la forme prévue ou justifiée.", verification: "Forme conforme au scénario ou écart accepté par l'acheteur." },
  "RES-3": { delivers: "Les ressources des participants et celles du formateur.", verification: "Ressources du formateur présentes dans le livret." },
  "RES-4": { delivers: "La durée de consultation de chaque ressource.", verification: "Durées annoncées cohérentes avec le scénario." },
  "RES-5": { delivers: "Des liens vers des sites institutionnels stables, avec consigne et temps.", verification: "Chaque lien est ouvert et son site vérifié." },
  "ACT-1": { delivers: "Au moins une activité dans chaque unité.", verification: "Parcours de chaque unité dans l'espace Mentor." },
  "ACT-2": { delivers: "Pour chaque activité : modalité, durée, objectifs, consignes ou attendus, affichés.", verification: "Contrôle activité par activité dans l'espace Mentor." },
  "ENT-1": { delivers: "Ces informations dans la fiche formation et sur la page d'accueil.", verification: "Lecture de la fiche formation et de la page d'accueil." },
  "ENT-2": { delivers: "Les activités de positionnement prévues ou proposées.", verification: "Présence et paramétrage des activités." },
  "AUT-1": { delivers: "Un espace où les contenus sont ouverts selon la navigation retenue.", verification: "Navigation testée avec un compte de participant." },
  "AUT-2": { delivers: "Les activités réflexives prévues ou proposées.", verification: "Présence des activités et de leur lien avec une situation professionnelle." },
  "AUT-3": { delivers: "Une présentation d'ensemble de tous les modules.", verification: "Présence sur la page d'accueil." },
  "REP-1": { delivers: "En tête de chaque unité et de chaque activité, ses repères.", verification: "Contrôle unité par unité dans l'espace Mentor." },
  "PRO-1": { delivers: "Le suivi d'achèvement des activités prévues et la barre de suivi.", verification: "Barre de suivi testée avec un compte de participant." },
  "PRO-2": { delivers: "Le carnet de bord, au format modifiable et imprimable.", verification: "Ouverture, saisie et impression du document." },
  "EVA-1": { delivers: "Les activités évaluées, paramétrées, avec leurs rétroactions.", verification: "Chaque évaluation testée avec un compte de participant." },
  "EVA-2": { delivers: "Des évaluations par les formateurs conformes à cette règle.", verification: "Contrôle des activités évaluées par un formateur." },
  "EVA-3": { delivers: "Le paramétrage de confidentialité des auto-évaluations.", verification: "Résultats invisibles depuis un compte de formateur ou d'un autre participant." },
  "EVA-4": { delivers: "La charge de travail de chaque activité évaluée, dans le livret du formateur.", verification: "Présence des charges dans le livret." },
  "REC-1": { delivers: "Le modèle d'attestation ou le badge, avec ces mentions.", verification: "Mentions contrôlées sur un exemplaire." },
  "REC-2": { delivers: "Une attestation qui porte la durée et, le cas échéant, les dates.", verification: "Mentions contrôlées sur un exemplaire." },
  "FIC-1": { delivers: "Les textes de la fiche formation, prêts à saisir dans Mentor.", verification: "Fiche saisie et relue dans Mentor." },
  "FIC-2": { delivers: "Les textes de la fiche session.", verification: "Fiche saisie et relue dans Mentor." },
  "ACC-1": { delivers: "La page d'accueil : étapes, rendez-vous, repères, évaluation, contacts.", verification: "Lecture de la page d'accueil dans Mentor." },
  "ORG-1": { delivers: "Les espaces de notes du carnet de bord.", verification: "Contrôle du carnet de bord." },
  "ORG-2": { delivers: "Le paramétrage de la barre de suivi.", verification: "Nombre d'éléments de la barre contrôlé." },
  "ORG-3": { delivers: "Le livret du formateur.", verification: "Présence de chaque partie du livret." },
  "UNI-1": { delivers: "L'espace découpé en unités, présentées par le bloc « sommaire ».", verification: "Structure de l'espace comparée au scénario." },
  "UNI-2": { delivers: "Des unités et des activités distinctes dans l'espace Mentor.", verification: "Structure de l'espace contrôlée." },
  "PRE-1": { delivers: "Le bloc « Mes formateurs » paramétré.", verification: "Message envoyé depuis un compte de participant." },
  "PRE-2": { delivers: "L'accès à la liste des participants et l'invitation à compléter son profil.", verification: "Contrôle avec un compte de participant." },
  "PRE-3": { delivers: "Les outils collaboratifs paramétrés pour les activités qui les utilisent.", verification: "Chaque outil ouvert depuis son activité." },
  "CON-1": { delivers: "L'étape de conclusion complète.", verification: "Lecture de l'étape et test du questionnaire." },
  "PUB-1": { delivers: "La session créée et ouverte aux espaces prévus.", verification: "Visibilité de la session contrôlée dans le catalogue." },
  "TEC-1": { delivers: "Des contenus conformes aux exigences techniques.", verification: "Contrôle technique des contenus livrés." },
};

/** One row per requirement of the guide, in the order of the guide. */
export function conformityAnnex(vm: Vm): AnnexRow[] {
  return REQUIREMENTS.map((req) => {
    const delivery = DELIVERY[req.id] ?? { delivers: "Ce que demande le guide.", verification: "Contrôle à la recette." };
    return {
      requirement: req.id,
      section: req.section,
      asks: req.label,
      fixed: FIXED[req.id]?.(vm) ?? "Ce que demande le guide, sans précision propre à cette formation.",
      ...delivery,
    };
  });
}
