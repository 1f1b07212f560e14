/**
 * French labels of every enum of the schema. Documents print these, never the raw values.
 * `ENUM_TABLES` says which table labels the enum at each place of the schema; a test walks the
 * schema and fails when an enum value has no label.
 */
export const LABELS = {
  courseModality: {
    hybrid: "Hybride",
    "online-tutored": "100 % en ligne tutorée",
    webinar: "Webinaire",
    "virtual-classroom": "Classe virtuelle",
    "online-self-paced": "100 % en ligne en autonomie",
    "enhanced-on-site": "Présentiel enrichi",
    "professional-community": "Communauté de développement professionnel",
  },
  courseStatus: {
    draft: "Brouillon",
    template: "Gabarit",
    "elaboration-completed": "Élaboration terminée",
    archived: "Archivée",
  },
  mentorModality: { "on-site": "Présentiel", online: "En ligne", blended: "Mixte" },
  appointmentTool: {
    bigbluebutton: "BigBlueButton",
    "classilio-via": "Classilio Via",
    "on-site": "En présentiel",
    other: "Autre",
  },
  sessionStatus: {
    "in-preparation": "En préparation",
    "registration-open": "Inscriptions ouvertes",
    "in-progress": "En cours",
    completed: "Terminée",
    archived: "Archivée",
    postponed: "Reportée",
    cancelled: "Annulée",
  },
  sessionModality: { "on-site": "Présentiel", online: "En ligne", blended: "Mixte" },
  openTo: {
    "not-visible": "Non visible dans le catalogue",
    "current-entity": "Les utilisateurs de l'espace dédié uniquement",
    all: "Tous les utilisateurs de tous les espaces dédiés",
    "other-entities": "L'espace dédié et les espaces dédiés autorisés",
  },
  registrationMode: { "free-registration": "Inscription libre", other: "Autre" },
  resourceForm: {
    text: "Texte",
    diagram: "Schéma",
    slides: "Présentation audiovisuelle",
    video: "Vidéo",
    audio: "Audio",
    photo: "Photo",
    "mind-map": "Carte mentale",
    infographic: "Infographie",
    interactive: "Contenu interactif",
    website: "Site web",
    other: "Autre",
  },
  resourceAudience: { learner: "Participants", trainer: "Formateur" },
  activityKind: {
    quiz: "Test (quiz)",
    forum: "Forum",
    etherpad: "Écriture collaborative (Etherpad)",
    "virtual-classroom": "Classe virtuelle",
    assignment: "Devoir",
    h5p: "Contenu interactif H5P",
    reading: "Lecture",
    video: "Vidéo",
    questionnaire: "Questionnaire",
    poll: "Sondage",
    "group-choice": "Choix de groupe",
    wiki: "Wiki",
    glossary: "Glossaire",
    workshop: "Atelier",
    "on-site": "Séance en présentiel",
    scorm: "Paquetage SCORM",
    other: "Autre",
  },
  grouping: { individual: "Individuelle", collective: "Collective" },
  place: { online: "En ligne", "on-site": "En présentiel" },
  synchronous: { true: "Synchrone", false: "Asynchrone" },
  evaluation: {
    none: "Aucune",
    automatic: "Automatique, avec rétroactions",
    "self-positioning": "Auto-positionnement",
    peer: "Par les pairs",
    trainer: "Par le formateur",
  },
  presenceTool: {
    forum: "Forum",
    etherpad: "Etherpad",
    "virtual-classroom": "Classe virtuelle",
    messaging: "Messagerie interne",
    questionnaire: "Questionnaire",
    poll: "Sondage",
    "group-choice": "Choix de groupe",
  },
  virtualClassroomTool: { bigbluebutton: "BigBlueButton", "classilio-via": "Classilio Via" },
  overviewForm: {
    infographic: "Infographie",
    h5p: "Présentation dynamique (H5P)",
    video: "Vidéo",
    text: "Texte",
  },
  attestationType: {
    participation: "Attestation de participation",
    completion: "Attestation de fin de formation",
  },
  navigationMode: {
    free: "Libre : tous les contenus sont ouverts",
    sequential: "Séquentielle : chaque étape se débloque après la précédente",
  },
  activityPurpose: {
    learning: "Activité d'apprentissage",
    organisation: "Activité d'organisation de la formation",
  },
  tenderForm: {
    ccp: "Cahier des clauses particulières (CCP)",
    cctp: "Cahier des clauses techniques particulières (CCTP)",
  },
  validationStep: {
    storyboard: "Scénarisation détaillée (storyboard)",
    mockup: "Maquette d'une unité",
    "full-version": "Version complète intégrée",
    pilot: "Session pilote",
  },
  rightsRegime: {
    use: "Droit d'utilisation non exclusif (régime du CCAG-PI)",
    assignment: "Cession exclusive des droits patrimoniaux",
  },
} as const satisfies Record<string, Record<string, string>>;

export type LabelTable = keyof typeof LABELS;

/** Schema location of each enum (JSON Pointer into the schema) → the table that labels it. */
export const ENUM_TABLES: Record<string, LabelTable> = {
  "/$defs/courseModality": "courseModality",
  "/$defs/course/properties/status": "courseStatus",
  "/$defs/course/properties/mentorModality": "mentorModality",
  "/$defs/appointment/properties/tool": "appointmentTool",
  "/$defs/session/properties/status": "sessionStatus",
  "/$defs/session/properties/modality": "sessionModality",
  "/$defs/session/properties/openTo": "openTo",
  "/$defs/session/properties/registration/properties/mode": "registrationMode",
  "/$defs/resource/properties/form": "resourceForm",
  "/$defs/resource/properties/audience": "resourceAudience",
  "/$defs/activity/properties/kind": "activityKind",
  "/$defs/activity/properties/modality/properties/grouping": "grouping",
  "/$defs/activity/properties/modality/properties/place": "place",
  "/$defs/activity/properties/evaluation": "evaluation",
  "/$defs/presence/properties/tools/items": "presenceTool",
  "/$defs/presence/properties/virtualClassroomTool": "virtualClassroomTool",
  "/$defs/welcome/properties/overview/properties/form": "overviewForm",
  "/$defs/recognition/properties/attestationType": "attestationType",
  "/$defs/navigation/properties/mode": "navigationMode",
  "/$defs/tender/properties/form": "tenderForm",
  "/$defs/activity/properties/purpose": "activityPurpose",
  "/$defs/tender/properties/validationSteps/items/properties/step": "validationStep",
  "/$defs/tender/properties/intellectualProperty/properties/rights": "rightsRegime",
};

/** The French label of `value` in `table`, or undefined when there is no value. */
export function label(table: LabelTable, value: string | boolean | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const labels = LABELS[table] as Record<string, string>;
  return labels[String(value)] ?? String(value);
}
