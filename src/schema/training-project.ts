/* Generated from schemas/training-project.schema.json by scripts/gen-types.mjs. Do not edit: run `npm run gen:types`. */

/**
 * Identifiant stable, unique dans le projet : lettres, chiffres, tirets, points ou soulignés, commençant par une lettre (ex. « obj-1 », « u2.a3 »).
 */
export type Id = string;
/**
 * Une des sept modalités du guide (D.1) : hybride ; 100 % en ligne tutorée ; webinaire ; classe virtuelle ; 100 % en ligne en autonomie ; présentiel enrichi ; communauté de développement professionnel.
 */
export type CourseModality =
  | "hybrid"
  | "online-tutored"
  | "webinar"
  | "virtual-classroom"
  | "online-self-paced"
  | "enhanced-on-site"
  | "professional-community";
/**
 * Date au format ISO AAAA-MM-JJ (ex. « 2026-03-09 »).
 */
export type Date = string;
/**
 * Durée écrite comme on l'écrit d'habitude (« 1h30 », « 1 h 30 », « 1 heure 30 », « 45 min », « 90 minutes », « 2 h », « 1,5 h ») ou au format ISO 8601 (« PT1H30M »).
 */
export type Duration = string;
/**
 * Identifiant d'un élément défini ailleurs dans le projet (objectif, activité…).
 */
export type IdRef = string;
/**
 * Chemin d'un fichier, relatif au fichier du projet.
 */
export type File = string;
/**
 * Adresse web complète (ex. « https://www.service-public.fr/… »).
 */
export type Url = string;
/**
 * Adresse électronique (ex. « formation@interieur.gouv.fr »).
 */
export type Email = string;

/**
 * Description d'un projet de formation en ligne destiné à la plateforme Mentor, à partir de laquelle mentor-docs produit le cahier des charges, le livret du formateur, le carnet de bord, l'attestation et les fiches. Le schéma vérifie la forme des données ; la complétude au regard du Guide de référence pédagogique est vérifiée par « mentor-docs check ».
 */
export interface TrainingProject {
  /**
   * Adresse ou chemin du schéma JSON, pour l'aide à la saisie dans les éditeurs.
   */
  $schema?: string;
  meta?: Meta;
  course: Course;
  session?: Session;
  /**
   * Décomposition de la formation en unités d'enseignement (guide E.4), chacune pouvant contenir des sous-unités.
   */
  units?: Unit[];
  presence?: Presence;
  welcome?: Welcome;
  conclusion?: Conclusion;
  recognition?: Recognition;
  logbook?: Logbook;
  trainerBooklet?: TrainerBooklet;
  navigation?: Navigation;
  tender?: Tender;
  settings?: Settings;
}
/**
 * Version et date de cette description ; la date sert de date des documents produits (sortie reproductible).
 */
export interface Meta {
  /**
   * Numéro de version de la description (ex. « 1.2 »).
   */
  version?: string;
  /**
   * Date de cette version ; elle est reprise comme date des documents produits.
   */
  date?: string;
  /**
   * Personnes qui ont rédigé cette description.
   *
   * Items: Prénom et nom.
   */
  authors?: string[];
}
/**
 * Les informations de la fiche formation (guide E.1), avec tous les champs du formulaire de Mentor.
 */
export interface Course {
  /**
   * Intitulé affiché dans l'offre de formation (254 caractères au plus).
   */
  title: string;
  /**
   * Nom court et unique sur toute la plateforme Mentor (255 caractères au plus).
   */
  shortName?: string;
  /**
   * Statut de la fiche formation sur Mentor : draft (Brouillon), template (Gabarit), elaboration-completed (Élaboration terminée), archived (Archivée).
   */
  status?: "draft" | "template" | "elaboration-completed" | "archived";
  /**
   * Identifiant de la formation dans le SIRH d'origine (45 caractères au plus).
   */
  sirhId?: string;
  /**
   * Image de la vignette (ratio recommandé 3:2, 1 Mo au plus sur Mentor).
   */
  thumbnail?: string;
  /**
   * Collections de l'offre Mentor auxquelles la formation appartient, par leur identifiant court (ex. « management », « numerique ») ou leur nom ; voir settings.collections pour en ajouter.
   *
   * Items: Identifiant court ou nom d'une collection.
   */
  collections?: string[];
  /**
   * Vrai si la formation est certifiante (elle admet alors des évaluations individuelles par les formateurs).
   */
  certifying?: boolean;
  /**
   * Licence des contenus, par son nom court Moodle (ex. « cc-sa », « cc-by », « etalab-2.0 ») ou son libellé.
   */
  licence?: string;
  /**
   * Phrase d'accroche de la fiche formation (152 caractères au plus).
   */
  catchphrase?: string;
  /**
   * Présentation générale : la problématique à laquelle répond la formation et ce qu'elle vise.
   */
  goal?: string;
  /**
   * Résumé du contenu et du déroulement de la formation.
   */
  summary?: string;
  /**
   * Objectifs pédagogiques, chacun avec un identifiant stable.
   */
  objectives?: Objective[];
  /**
   * Compétences professionnelles que la formation développe.
   */
  competences?: Competence[];
  /**
   * Métiers visés, de préférence ceux du répertoire RIME.
   *
   * Items: Intitulé d'un métier.
   */
  typicalJobs?: string[];
  /**
   * Agents auxquels la formation s'adresse.
   */
  targetAudience?: string;
  /**
   * Connaissances ou expérience attendues avant d'entrer en formation (255 caractères au plus sur Mentor) ; écrire « Aucun » s'il n'y en a pas.
   */
  prerequisites?: string;
  /**
   * Une ou plusieurs des sept modalités du guide (D.1), qui peuvent se combiner.
   */
  modalities?: CourseModality[];
  /**
   * Choix du champ « Modalités envisagées » de Mentor : on-site (Présentiel), online (En ligne) ou blended (Mixte).
   */
  mentorModality?: "on-site" | "online" | "blended";
  /**
   * L'approche pédagogique choisie par l'équipe de conception et ce qui la justifie.
   */
  pedagogicalApproach?: string;
  estimatedDuration?: HoursMinutes;
  /**
   * Calendrier indicatif présenté à l'inscription (ex. « 6 semaines, de mars à avril »).
   */
  calendar?: string;
  /**
   * Comment les acquis sont évalués (quiz, auto-positionnement, production collective…).
   */
  evaluationModalities?: string;
  /**
   * Comment s'inscrire, le cas échéant (validation hiérarchique, inscription libre…).
   */
  registrationModalities?: string;
  /**
   * Accompagnement proposé : tutorat, forum animé, assistance technique…
   */
  accompanimentModalities?: string;
  /**
   * Vrai si les résultats des auto-évaluations sont réservés au participant (guide D.8, à privilégier).
   */
  selfEvaluationPrivate?: boolean;
  /**
   * Adresse de la bande-annonce vidéo ; sur Mentor elle doit être hébergée sur https://video.mentor.gouv.fr.
   */
  trailer?: string;
  /**
   * Image du teaser (ratio recommandé 16:9).
   */
  teaserImage?: string;
  producer?: Producer;
  /**
   * Personnes ou équipes qui ont conçu la formation.
   *
   * Items: Nom d'une personne ou d'une équipe.
   */
  designers?: string[];
  /**
   * Crédits (auteurs, images, vidéos, licences des contenus tiers).
   */
  credits?: string;
}
/**
 * Un objectif pédagogique de la formation, avec un identifiant stable auquel les unités et les activités se réfèrent.
 */
export interface Objective {
  id: Id;
  /**
   * Formulation de l'objectif, de préférence avec un verbe d'action (« Identifier… », « Rédiger… »).
   */
  label: string;
}
/**
 * Compétence professionnelle travaillée, avec son code dans un référentiel le cas échéant (RIME, référentiel ministériel).
 */
export interface Competence {
  /**
   * Code de la compétence dans son référentiel (facultatif).
   */
  code?: string;
  /**
   * Libellé de la compétence.
   */
  label: string;
  /**
   * Nom du référentiel (ex. « RIME »).
   */
  framework?: string;
}
/**
 * Durée estimée de la formation en présence et à distance (champs « Durée estimée en présence / à distance » de Mentor).
 */
export interface HoursMinutes {
  /**
   * Durée estimée à distance (en ligne).
   */
  online?: string;
  /**
   * Durée estimée en présence (présentiel).
   */
  onSite?: string;
}
/**
 * Organisme qui a produit la formation (champs « organisme producteur » de la fiche formation Mentor).
 */
export interface Producer {
  /**
   * Nom complet de l'organisme (255 caractères au plus).
   */
  name?: string;
  /**
   * Nom abrégé, 18 caractères au plus.
   */
  shortName?: string;
  /**
   * Le nom tel qu'il s'écrit au fil d'une phrase, avec son article : « le ministère de l'Intérieur », « la DRH du ministère ». Les documents écrivent « conçue par le ministère de l'Intérieur » ; sans lui, ils tournent la phrase pour se passer d'article.
   */
  nameInSentence?: string;
  /**
   * Fichier image du logo (PNG ou JPEG, format carré recommandé, 1 Mo au plus sur Mentor).
   */
  logo?: string;
  /**
   * Adresse électronique de contact de l'organisme producteur.
   */
  contactEmail?: string;
}
/**
 * Les informations de la fiche session (guide E.1 et F), avec tous les champs du formulaire de Mentor.
 */
export interface Session {
  /**
   * Libellé de la session (254 caractères au plus).
   */
  title?: string;
  /**
   * Nom court et unique de la session (255 caractères au plus).
   */
  shortName?: string;
  /**
   * Statut de la session sur Mentor : in-preparation (En préparation), registration-open (Inscriptions ouvertes), in-progress (En cours), completed (Terminée), archived (Archivée), postponed (Reportée), cancelled (Annulée).
   */
  status?:
    "in-preparation" | "registration-open" | "in-progress" | "completed" | "archived" | "postponed" | "cancelled";
  /**
   * Premier jour de la session.
   */
  startDate?: string;
  /**
   * Dernier jour de la session (à omettre pour une session permanente).
   */
  endDate?: string;
  /**
   * Vrai si la date de fin ne peut pas être déterminée à l'avance.
   */
  permanent?: boolean;
  effectiveDuration?: HoursMinutes1;
  /**
   * on-site (Présentiel), online (En ligne) ou blended (Mixte).
   */
  modality?: "on-site" | "online" | "blended";
  /**
   * Éléments de contexte propres à cette session (public, adaptation des contenus…).
   */
  context?: string;
  /**
   * Espace dédié (ministère ou structure) qui porte la session sur Mentor.
   */
  ownerSpace?: string;
  /**
   * not-visible (non visible dans le catalogue), current-entity (les utilisateurs de l'espace dédié uniquement), all (tous les utilisateurs de tous les espaces dédiés), other-entities (l'espace dédié et les espaces listés dans openToSpaces).
   */
  openTo?: "not-visible" | "current-entity" | "all" | "other-entities";
  /**
   * Espaces dédiés auxquels la session est aussi ouverte, quand openTo vaut other-entities.
   *
   * Items: Nom de l'espace dédié.
   */
  openToSpaces?: string[];
  /**
   * Espaces dédiés régionaux (plates-formes régionales RH) auxquels la session est partagée.
   *
   * Items: Nom de la région.
   */
  regions?: string[];
  /**
   * Public cible de la session (« Tout public » par défaut sur Mentor).
   */
  targetAudience?: string;
  /**
   * Inscription libre (auto-inscription) ou autre modalité décrite.
   */
  registration?: {
    /**
     * free-registration (Inscription libre : chacun s'inscrit) ou other (Autre : modalité décrite dans details).
     */
    mode?: "free-registration" | "other";
    /**
     * Modalités d'inscription quand le mode est « other » (validation hiérarchique, dates limites…).
     */
    details?: string;
  };
  /**
   * Accompagnement proposé pendant la session (255 caractères au plus).
   */
  accompaniment?: string;
  /**
   * Nombre de places (entier supérieur à zéro).
   */
  maxParticipants?: number;
  /**
   * Lieux des temps en présentiel (255 caractères au plus).
   */
  location?: string;
  /**
   * Structure qui organise la session (255 caractères au plus).
   */
  organizingStructure?: string;
  /**
   * Personnes qui animent la session ; elles figurent dans le bloc « Mes formateurs ».
   */
  trainers?: Person[];
  /**
   * Dates et horaires des rendez-vous synchrones de la session.
   */
  appointments?: Appointment[];
}
/**
 * Durée effective de la session, en ligne et en présentiel (champs « Durée en ligne / en présentiel » de Mentor).
 */
export interface HoursMinutes1 {
  /**
   * Durée estimée à distance (en ligne).
   */
  online?: string;
  /**
   * Durée estimée en présence (présentiel).
   */
  onSite?: string;
}
/**
 * Une personne à contacter ou qui intervient dans la formation.
 */
export interface Person {
  /**
   * Prénom et nom, ou nom du service.
   */
  name: string;
  /**
   * Rôle ou fonction (ex. « formatrice », « assistance technique »).
   */
  role?: string;
  /**
   * Adresse électronique (ex. « formation@interieur.gouv.fr »).
   */
  email?: string;
  /**
   * Numéro de téléphone.
   */
  phone?: string;
}
/**
 * Un rendez-vous synchrone de la session (classe virtuelle, webinaire, journée en présentiel).
 */
export interface Appointment {
  /**
   * Intitulé du rendez-vous.
   */
  title?: string;
  /**
   * Identifiant de l'activité synchrone correspondante.
   */
  activity?: string;
  date: Date;
  /**
   * Heure de début (HH:MM).
   */
  startTime?: string;
  duration?: Duration;
  /**
   * Outil du rendez-vous : bigbluebutton (BigBlueButton), classilio-via (Classilio Via), on-site (en présentiel), other (autre).
   */
  tool?: "bigbluebutton" | "classilio-via" | "on-site" | "other";
  /**
   * Salle et adresse pour un rendez-vous en présentiel, ou indication d'accès en ligne.
   */
  location?: string;
}
/**
 * Une unité d'enseignement (guide E.4), qui couvre un ou plusieurs objectifs et contient des activités et, le cas échéant, des sous-unités.
 */
export interface Unit {
  id: Id;
  /**
   * Titre de l'unité.
   */
  title: string;
  /**
   * Présentation de l'unité : ce qu'on y fait et pourquoi.
   */
  summary?: string;
  /**
   * Identifiants des objectifs pédagogiques de la formation que l'unité couvre.
   */
  objectives?: IdRef[];
  /**
   * Durée écrite comme on l'écrit d'habitude (« 1h30 », « 1 h 30 », « 1 heure 30 », « 45 min », « 90 minutes », « 2 h », « 1,5 h ») ou au format ISO 8601 (« PT1H30M »).
   */
  duration?: string;
  /**
   * Modalités de l'unité, en quelques mots (ex. « à distance, en autonomie »).
   */
  modality?: string;
  /**
   * Consignes générales de l'unité.
   */
  instructions?: string;
  /**
   * Date au format ISO AAAA-MM-JJ (ex. « 2026-03-09 »).
   */
  startDate?: string;
  /**
   * Date au format ISO AAAA-MM-JJ (ex. « 2026-03-09 »).
   */
  endDate?: string;
  /**
   * Questions proposées dans le carnet de bord pour cette unité (notes, réflexions).
   *
   * Items: Une question de réflexion.
   */
  reflectionPrompts?: string[];
  /**
   * Activités de l'unité.
   */
  activities?: Activity[];
  /**
   * Sous-unités de l'unité (bloc « sommaire » à plusieurs niveaux).
   */
  units?: Unit[];
}
/**
 * Une activité de formation (guide D.3), qui précise sa modalité, sa durée, ses objectifs et ses consignes.
 */
export interface Activity {
  id: Id;
  /**
   * Titre de l'activité.
   */
  title: string;
  /**
   * quiz (test), forum, etherpad (écriture collaborative), virtual-classroom (classe virtuelle), assignment (devoir), h5p (contenu interactif H5P), reading (lecture), video (vidéo), questionnaire, poll (sondage), group-choice (choix de groupe), wiki, glossary (glossaire), workshop (atelier), on-site (séance en présentiel), scorm (paquetage SCORM), other (autre).
   */
  kind?:
    | "quiz"
    | "forum"
    | "etherpad"
    | "virtual-classroom"
    | "assignment"
    | "h5p"
    | "reading"
    | "video"
    | "questionnaire"
    | "poll"
    | "group-choice"
    | "wiki"
    | "glossary"
    | "workshop"
    | "on-site"
    | "scorm"
    | "other";
  /**
   * Synchrone ou non, individuelle ou collective, en ligne ou en présentiel.
   */
  modality?: {
    /**
     * Vrai pour un temps partagé en direct (classe virtuelle, présentiel).
     */
    synchronous?: boolean;
    /**
     * individual (individuelle) ou collective (collective).
     */
    grouping?: "individual" | "collective";
    /**
     * online (en ligne) ou on-site (en présentiel).
     */
    place?: "online" | "on-site";
  };
  /**
   * Durée écrite comme on l'écrit d'habitude (« 1h30 », « 1 h 30 », « 1 heure 30 », « 45 min », « 90 minutes », « 2 h », « 1,5 h ») ou au format ISO 8601 (« PT1H30M »).
   */
  duration?: string;
  /**
   * Identifiants des objectifs pédagogiques de la formation que l'activité sert.
   */
  objectives?: IdRef[];
  /**
   * Ce que le participant doit faire.
   */
  instructions?: string;
  /**
   * Production ou résultat attendu du participant.
   */
  expectedOutput?: string;
  /**
   * Vrai si l'activité figure dans la barre de suivi (suivi d'achèvement).
   */
  tracked?: boolean;
  /**
   * none (aucune), automatic (automatique avec rétroactions), self-positioning (auto-positionnement), peer (par les pairs), trainer (par le formateur).
   */
  evaluation?: "none" | "automatic" | "self-positioning" | "peer" | "trainer";
  /**
   * Pour une activité synchrone : supports, scénario et consignes sur lesquels s'appuie l'équipe qui l'anime.
   */
  guidance?: string;
  /**
   * Consignes au formateur pour mettre en place et animer l'activité.
   */
  setup?: string;
  /**
   * Charge de travail estimée de l'activité évaluée, pour le participant et pour le formateur.
   */
  workload?: {
    /**
     * Durée écrite comme on l'écrit d'habitude (« 1h30 », « 1 h 30 », « 1 heure 30 », « 45 min », « 90 minutes », « 2 h », « 1,5 h ») ou au format ISO 8601 (« PT1H30M »).
     */
    learner?: string;
    /**
     * Durée écrite comme on l'écrit d'habitude (« 1h30 », « 1 h 30 », « 1 heure 30 », « 45 min », « 90 minutes », « 2 h », « 1,5 h ») ou au format ISO 8601 (« PT1H30M »).
     */
    trainer?: string;
    /**
     * Hypothèses du calcul (ex. « 10 min par copie pour 12 participants »).
     */
    notes?: string;
  };
  /**
   * learning (activité d'apprentissage, par défaut : elle sert des objectifs de la formation) ou organisation (activité qui sert l'organisation de la formation : accueil, positionnement, questionnaire d'évaluation de la formation ; elle n'a pas d'objectifs pédagogiques). Sans valeur, le questionnaire d'évaluation de la conclusion et une activité de positionnement sans objectifs sont des activités d'organisation.
   */
  purpose?: "learning" | "organisation";
  /**
   * Vrai si l'activité sert au positionnement d'entrée (guide D.4).
   */
  positioning?: boolean;
  /**
   * Vrai si l'activité engage une démarche réflexive liée à une situation professionnelle (guide D.5).
   */
  reflective?: boolean;
  /**
   * Vrai si cette activité (un paquetage SCORM, par exemple) contient toute la formation, ce que le guide exclut (E.4).
   */
  wrapsWholeCourse?: boolean;
  /**
   * Ressources au service de cette activité.
   */
  resources?: Resource[];
}
/**
 * Une ressource (guide D.2) : un contenu au service d'une activité, introduit par une consigne, dont la consultation compte dans le temps de formation.
 */
export interface Resource {
  id?: Id;
  /**
   * Titre de la ressource.
   */
  title: string;
  /**
   * text (texte), diagram (schéma), slides (présentation audiovisuelle), video (vidéo), audio (audio), photo (photo), mind-map (carte mentale), infographic (infographie), interactive (contenu interactif), website (site web), other (autre).
   */
  form?:
    | "text"
    | "diagram"
    | "slides"
    | "video"
    | "audio"
    | "photo"
    | "mind-map"
    | "infographic"
    | "interactive"
    | "website"
    | "other";
  /**
   * learner (pour les participants) ou trainer (en appui du formateur : synthèse, ressource complémentaire).
   */
  audience?: "learner" | "trainer";
  /**
   * Durée écrite comme on l'écrit d'habitude (« 1h30 », « 1 h 30 », « 1 heure 30 », « 45 min », « 90 minutes », « 2 h », « 1,5 h ») ou au format ISO 8601 (« PT1H30M »).
   */
  duration?: string;
  /**
   * Consigne qui introduit la ressource : ce qu'il faut en faire, son périmètre, le temps à y consacrer.
   */
  instructions?: string;
  /**
   * Adresse de la ressource en ligne (sites institutionnels et stables de préférence).
   */
  url?: string;
  /**
   * Chemin d'un fichier, relatif au fichier du projet.
   */
  file?: string;
  /**
   * Identifiant d'un élément défini ailleurs dans le projet (objectif, activité…).
   */
  activity?: string;
}
/**
 * Outils qui créent de la présence à distance (guide E.5).
 */
export interface Presence {
  /**
   * Vrai si le bloc « Mes formateurs » est affiché pour contacter les formateurs par la messagerie interne.
   */
  trainersBlock?: boolean;
  /**
   * Vrai si la liste des participants est accessible.
   */
  participantList?: boolean;
  /**
   * Vrai si les participants sont invités à compléter leur profil dès l'entrée.
   */
  profileInvitation?: boolean;
  /**
   * Outils collaboratifs proposés : forum, etherpad, virtual-classroom (classe virtuelle), messaging (messagerie interne), questionnaire, poll (sondage), group-choice (choix de groupe).
   *
   * Items: Un outil collaboratif.
   */
  tools?: ("forum" | "etherpad" | "virtual-classroom" | "messaging" | "questionnaire" | "poll" | "group-choice")[];
  /**
   * bigbluebutton (BigBlueButton) ou classilio-via (Classilio Via).
   */
  virtualClassroomTool?: "bigbluebutton" | "classilio-via";
}
/**
 * Le contenu de la page d'accueil de la formation (guide E.2).
 */
export interface Welcome {
  /**
   * Texte d'accueil adressé aux participants.
   */
  message?: string;
  /**
   * Infographie ou présentation dynamique de l'ensemble des modules (guide D.5).
   */
  overview?: {
    /**
     * infographic (infographie), h5p (présentation dynamique H5P), video (vidéo), text (texte).
     */
    form?: "infographic" | "h5p" | "video" | "text";
    /**
     * Ce que montre la présentation.
     */
    description?: string;
    file?: File;
  };
  /**
   * Comment le participant suit son avancement (barre de suivi, carnet de bord…).
   */
  progressCues?: string;
  /**
   * Modalités d'évaluation ou d'auto-évaluation présentées à l'accueil.
   */
  evaluation?: string;
  /**
   * Personnes à contacter en cas de question ou de problème technique.
   */
  contacts?: Person[];
}
/**
 * La dernière étape de la formation (guide E.6).
 */
export interface Conclusion {
  /**
   * Texte qui rappelle les objectifs de la formation en conclusion.
   */
  objectivesReminder?: string;
  /**
   * Identifiant d'un élément défini ailleurs dans le projet (objectif, activité…).
   */
  evaluationQuestionnaire?: string;
  /**
   * Ressources complémentaires pour approfondir.
   */
  furtherReading?: Link[];
  /**
   * Crédits affichés en conclusion.
   */
  credits?: string;
}
/**
 * Une ressource pour aller plus loin.
 */
export interface Link {
  /**
   * Titre de la ressource.
   */
  title: string;
  url?: Url;
  /**
   * Ce qu'on y trouve.
   */
  description?: string;
}
/**
 * Attestation et/ou open badge délivrés en fin de formation (guide D.9 et E.6).
 */
export interface Recognition {
  /**
   * Vrai si une attestation est délivrée.
   */
  attestation?: boolean;
  /**
   * participation (attestation de participation) ou completion (attestation de fin de formation).
   */
  attestationType?: "participation" | "completion";
  /**
   * Open badge délivré en fin de formation.
   */
  badge?: {
    /**
     * Vrai si un open badge est délivré.
     */
    enabled?: boolean;
    /**
     * Nom du badge (par défaut, le libellé de la formation).
     */
    name?: string;
    /**
     * Adresse web complète (ex. « https://www.service-public.fr/… »).
     */
    baseUrl?: string;
    /**
     * Couleur principale du badge (#RRGGBB).
     */
    color?: string;
  };
  /**
   * Organisme qui délivre l'attestation ou le badge.
   */
  issuer?: {
    /**
     * Nom de l'organisme.
     */
    name: string;
    /**
     * Le nom tel qu'il s'écrit au fil d'une phrase, avec son article : « le ministère de l'Intérieur », « l'IGPDE ». Les documents écrivent « délivrée par le ministère de l'Intérieur » ; sans lui, ils tournent la phrase pour se passer d'article.
     */
    nameInSentence?: string;
    url?: Url;
    email?: Email;
  };
  /**
   * Activités à réaliser et/ou temps minimal à consacrer pour obtenir l'attestation.
   */
  criteria?: {
    /**
     * Identifiants des activités à achever.
     */
    activities?: IdRef[];
    /**
     * Durée écrite comme on l'écrit d'habitude (« 1h30 », « 1 h 30 », « 1 heure 30 », « 45 min », « 90 minutes », « 2 h », « 1,5 h ») ou au format ISO 8601 (« PT1H30M »).
     */
    minimumTime?: string;
    /**
     * Critères formulés pour le participant.
     */
    description?: string;
  };
  signatory?: Person1;
  /**
   * Ville où l'attestation est délivrée (« Fait à … »).
   */
  place?: string;
}
/**
 * Une personne à contacter ou qui intervient dans la formation.
 */
export interface Person1 {
  /**
   * Prénom et nom, ou nom du service.
   */
  name: string;
  /**
   * Rôle ou fonction (ex. « formatrice », « assistance technique »).
   */
  role?: string;
  /**
   * Adresse électronique (ex. « formation@interieur.gouv.fr »).
   */
  email?: string;
  /**
   * Numéro de téléphone.
   */
  phone?: string;
}
/**
 * Le carnet de bord de l'apprenant (guide D.7 et E.3.a).
 */
export interface Logbook {
  /**
   * Mode d'emploi du carnet de bord adressé au participant.
   */
  introduction?: string;
  /**
   * Questions de la page de conclusion du carnet (ex. « Ce que je vais mettre en œuvre dans mon poste »).
   *
   * Items: Une question.
   */
  finalQuestions?: string[];
}
/**
 * Ce que le livret du formateur ajoute au scénario (guide E.3.c).
 */
export interface TrainerBooklet {
  /**
   * Mot d'introduction au formateur.
   */
  introduction?: string;
  /**
   * Proposition de calendrier, par semaines par exemple.
   *
   * Items: Une période du calendrier.
   */
  calendar?: {
    /**
     * Ex. « Semaine 1 ».
     */
    label: string;
    /**
     * Date au format ISO AAAA-MM-JJ (ex. « 2026-03-09 »).
     */
    startDate?: string;
    /**
     * Date au format ISO AAAA-MM-JJ (ex. « 2026-03-09 »).
     */
    endDate?: string;
    /**
     * Identifiants des unités travaillées pendant la période.
     */
    units?: IdRef[];
    /**
     * Ce qui se passe pendant la période.
     */
    description?: string;
  }[];
  /**
   * Consignes générales pour mettre en place les activités (les consignes propres à chaque activité sont dans activity.setup).
   */
  setupInstructions?: string;
  /**
   * Documents ou ressources mobilisables par le formateur.
   */
  resources?: Resource[];
  /**
   * Synthèses, retours ou rétroactions préparés à l'avance.
   */
  preparedFeedback?: Feedback[];
  /**
   * Messages à envoyer aux participants pour lancer les étapes.
   */
  proactiveMessages?: Message[];
}
/**
 * Une synthèse, un retour ou une rétroaction préparés à l'avance pour le formateur.
 */
export interface Feedback {
  /**
   * Titre de la synthèse.
   */
  title: string;
  /**
   * Identifiant d'un élément défini ailleurs dans le projet (objectif, activité…).
   */
  activity?: string;
  /**
   * Texte de la synthèse ou de la rétroaction.
   */
  text?: string;
}
/**
 * Un message à envoyer aux participants pour lancer une étape.
 */
export interface Message {
  /**
   * Moment de l'envoi (ex. « semaine 2, lundi matin »).
   */
  when?: string;
  /**
   * Objet du message.
   */
  subject: string;
  /**
   * Texte du message.
   */
  text?: string;
}
/**
 * Comment le participant circule dans la formation (guide D.5 et E.4).
 */
export interface Navigation {
  /**
   * free (tous les contenus ouverts, à privilégier) ou sequential (chaque étape se débloque après la précédente).
   */
  mode?: "free" | "sequential";
  /**
   * Vrai si le bloc « sommaire » présente les unités dès l'entrée.
   */
  summaryBlock?: boolean;
}
/**
 * Ce que le cahier des charges ajoute : acheteur, contexte, objet, livrables, calendrier, recette, critères, et les clauses d'un marché (durée, validation, propriété intellectuelle, données, garantie, pénalités, offre, prix).
 */
export interface Tender {
  /**
   * « ccp » : cahier des clauses particulières, clauses techniques et administratives dans un seul document (petites consultations) ; « cctp » : cahier des clauses techniques particulières, les clauses administratives (durée, pénalités, propriété intellectuelle, prix) étant renvoyées à un CCAP distinct.
   */
  form?: "ccp" | "cctp";
  /**
   * Le pouvoir adjudicateur ou le service commanditaire.
   */
  buyer?: {
    /**
     * Nom de l'acheteur.
     */
    name: string;
    /**
     * Service ou direction qui porte le besoin.
     */
    department?: string;
    /**
     * Adresse postale.
     */
    address?: string;
    contact?: Person;
  };
  /**
   * Numéro ou référence du marché.
   */
  reference?: string;
  /**
   * Contexte du besoin chez l'acheteur.
   */
  context?: string;
  /**
   * Objet de la prestation.
   */
  object?: string;
  /**
   * Ce qui est compris dans la prestation, et ce qui ne l'est pas.
   */
  scope?: string;
  /**
   * Nombre de participants attendus sur la durée du marché.
   */
  expectedParticipants?: number;
  /**
   * Livrables attendus, avec leur format.
   */
  deliverables?: Deliverable[];
  /**
   * Étapes du projet et leurs dates.
   *
   * Items: Une étape du projet.
   */
  milestones?: {
    /**
     * Nom de l'étape.
     */
    title: string;
    date?: Date;
    /**
     * Ce qui est attendu à cette étape.
     */
    description?: string;
  }[];
  /**
   * Instances et modalités de suivi (comité de pilotage, points d'étape).
   */
  followUp?: string;
  /**
   * Modalités de vérification et de réception des livrables.
   */
  acceptance?: string;
  /**
   * Budget prévisionnel, s'il est communiqué.
   */
  budget?: string;
  /**
   * Critères de jugement des offres et leur pondération.
   *
   * Items: Un critère d'attribution.
   */
  awardCriteria?: {
    /**
     * Libellé du critère.
     */
    label: string;
    /**
     * Pondération en pourcentage.
     */
    weight?: number;
  }[];
  /**
   * Exigences techniques (guide G) et d'accessibilité.
   */
  technicalRequirements?: {
    /**
     * Niveau d'accessibilité attendu (ex. « RGAA 4.1, niveau AA »).
     */
    accessibility?: string;
    /**
     * Formats attendus des contenus (ex. « H5P », « MP4 sous-titré »).
     *
     * Items: Un format.
     */
    formats?: string[];
    /**
     * Référence du document « Exigences techniques pour la formation des agents sur Mentor » et de sa version.
     */
    reference?: string;
    /**
     * Autres exigences techniques.
     */
    notes?: string;
  };
  /**
   * Durée du marché, réunion de lancement et lieu d'exécution.
   */
  contract?: {
    /**
     * Durée du marché à compter de sa notification, en mois (ex. 12).
     */
    durationMonths?: number;
    /**
     * Nombre de jours après la notification dans lesquels se tient la réunion de lancement (15 par défaut).
     */
    kickoffWithinDays?: number;
    /**
     * Où s'exécutent les prestations qui demandent une présence (tournages, journées en présentiel, réunions) ; par défaut, le lieu de la session et les locaux du titulaire pour le reste.
     */
    place?: string;
  };
  /**
   * Les livrables intermédiaires que l'acheteur valide, avec son délai de relecture et le nombre de tours de correction ; par défaut : storyboard, maquette, version complète.
   *
   * Items: Une étape où l'acheteur relit et valide un livrable intermédiaire.
   */
  validationSteps?: {
    /**
     * « storyboard » : scénarisation détaillée (storyboard) ; « mockup » : maquette d'une unité ; « full-version » : version complète intégrée ; « pilot » : session pilote.
     */
    step: "storyboard" | "mockup" | "full-version" | "pilot";
    /**
     * Jours ouvrés dont dispose l'acheteur pour rendre ses remarques (10 par défaut).
     */
    reviewDays?: number;
    /**
     * Nombre d'allers-retours de correction compris dans le prix (2 par défaut).
     */
    correctionRounds?: number;
  }[];
  /**
   * Régime des droits sur les résultats (chapitre 5 du CCAG-PI 2021).
   */
  intellectualProperty?: {
    /**
     * « use » : le régime du CCAG-PI, droit d'utilisation non exclusif des résultats pour les besoins découlant de l'objet du marché ; « assignment » : cession à titre exclusif des droits patrimoniaux à l'acheteur, qui peut exploiter librement les résultats.
     */
    rights?: "use" | "assignment";
    /**
     * Précisions sur les contenus de tiers admis (banques d'images, musiques) ; par défaut, des contenus libres de droits ou dont les droits sont acquis pour l'usage prévu.
     */
    thirdPartyContent?: string;
  };
  /**
   * Traitement des données personnelles des apprenants (RGPD).
   */
  personalData?: {
    /**
     * Où le titulaire peut héberger les données personnelles qu'il traite (« dans l'Union européenne » par défaut).
     */
    dataLocation?: string;
    /**
     * Vrai si le titulaire accède aux données des apprenants (résultats aux tests, statistiques, animation) : il agit alors comme sous-traitant au sens de l'article 28 du RGPD.
     */
    processesLearnerData?: boolean;
  };
  /**
   * Garantie et maintenance corrective après la réception.
   */
  warranty?: {
    /**
     * Durée, en mois à compter de la réception, pendant laquelle le titulaire corrige sans frais les anomalies (ex. 12).
     */
    months?: number;
    /**
     * Jours ouvrés dont dispose le titulaire pour corriger une anomalie signalée pendant la garantie (10 par défaut).
     */
    correctionDays?: number;
    /**
     * Mises à jour de contenus comprises dans le prix après la réception (ex. « une mise à jour réglementaire dans l'année ») ; par défaut, aucune.
     */
    contentUpdates?: string;
  };
  /**
   * Pénalités pour retard dans la remise des livrables ; par défaut, celles du CCAG-PI.
   */
  penalties?: {
    /**
     * La pénalité d'un jour de retard vaut la valeur des prestations en retard divisée par ce nombre (3000 dans le CCAG-PI).
     */
    dailyRateDenominator?: number;
    /**
     * Plafond des pénalités, en pourcentage du montant du marché (10 par défaut).
     */
    capPercent?: number;
  };
  /**
   * Vrai (par défaut) : le titulaire garde confidentielles les informations reçues de l'acheteur et les données du projet.
   */
  confidentiality?: boolean;
  /**
   * Ce que les candidats remettent avec leur offre.
   */
  offer?: {
    /**
     * Les points que le mémoire technique développe, sur lesquels il est jugé ; par défaut, tirés des critères d'attribution.
     *
     * Items: Un point que le mémoire technique développe.
     */
    technicalReport?: string[];
    /**
     * Vrai (par défaut) : l'offre présente les CV des personnes affectées au projet.
     */
    cvs?: boolean;
    /**
     * L'échantillon demandé avec l'offre (ex. « une activité H5P de démonstration ») ; aucun par défaut.
     */
    sample?: string;
  };
  /**
   * Ce que la décomposition du prix global et forfaitaire détaille.
   */
  pricing?: {
    /**
     * Taux de TVA appliqué au total (20 par défaut).
     */
    vatRate?: number;
    /**
     * Vrai : la réalisation de chaque unité du scénario est une ligne de prix.
     */
    perUnit?: boolean;
    /**
     * Lignes de prix qui ne sont ni des livrables ni des jalons.
     *
     * Items: Une ligne supplémentaire de la décomposition des prix.
     */
    extraLines?: {
      /**
       * Ce que la ligne rémunère (ex. « Journée de formation de formateurs »).
       */
      label: string;
      /**
       * Quantité prévue (1 par défaut).
       */
      quantity?: number;
      /**
       * Unité de compte (ex. « jour », « forfait », « vidéo ») ; « forfait » par défaut.
       */
      unit?: string;
    }[];
  };
}
/**
 * Un livrable attendu du prestataire.
 */
export interface Deliverable {
  /**
   * Nom du livrable.
   */
  title: string;
  /**
   * Format attendu (ex. « .docx et PDF », « sauvegarde Moodle .mbz »).
   */
  format?: string;
  /**
   * Précisions sur le livrable.
   */
  description?: string;
  /**
   * Date au format ISO AAAA-MM-JJ (ex. « 2026-03-09 »).
   */
  due?: string;
}
/**
 * Réglages de la vérification et de la production des documents.
 */
export interface Settings {
  /**
   * Nombre d'éléments suivis au-delà duquel la barre de suivi est jugée trop chargée (15 par défaut).
   */
  trackingThreshold?: number;
  /**
   * Domaines à ajouter à la liste des sites institutionnels admis pour les liens externes (ex. « inrs.fr »).
   *
   * Items: Nom de domaine, sous-domaines compris.
   */
  institutionalHosts?: string[];
  /**
   * Écart admis, en pourcentage, entre une durée annoncée et la somme des activités et ressources (10 par défaut).
   */
  durationTolerance?: number;
  /**
   * Collections propres à la plateforme, en plus de celles de Mentor.
   *
   * Items: Une collection.
   */
  collections?: {
    /**
     * Identifiant court (ex. « accompagnement »).
     */
    slug: string;
    /**
     * Nom affiché.
     */
    name: string;
  }[];
}
