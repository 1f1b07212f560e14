/**
 * What the fiche formation and the fiche session documents need beyond the plain data: the values
 * as Mentor's forms want them (hours and minutes by steps of 5, collection names, « Ouverte à » with
 * the spaces, lengths against Mentor's limits), and the attestation's mentions (REC-1, REC-2).
 */
import { frenchPeriod } from "./dates.js";
import { collectionView, type CollectionView } from "./collections.js";
import type { DurationView } from "./durations.js";
import type { ActivityView, CourseView, RecognitionView, SessionView, ViewModel } from "./view-model.js";

/** A text field against Mentor's limit. */
export interface LengthView {
  length: number;
  max: number;
  over: boolean;
  /** `124 caractères sur 152` */
  text: string;
}

/** A duration as Mentor's « Heures » text box and « Minutes » list (00, 05 … 55) take it. */
export interface HoursMinutesField {
  /** `13`, `00`… */
  hours: string;
  /** `00`, `05` … `55` */
  minutes: string;
  /** True when the minutes were rounded to Mentor's steps of 5 minutes. */
  rounded: boolean;
}

export interface MentorFormsView {
  /** `course.collections` with the names Mentor's list shows. */
  collections: CollectionView[];
  /** Collections neither Mentor nor `settings.collections` knows. */
  unknownCollections: CollectionView[];
  /** Fields Mentor limits, when given. */
  lengths: {
    title: LengthView | undefined;
    shortName: LengthView | undefined;
    prerequisites: LengthView | undefined;
    catchphrase: LengthView | undefined;
    sirhId: LengthView | undefined;
    typicalJobs: LengthView | undefined;
    producerName: LengthView | undefined;
    producerShortName: LengthView | undefined;
    designers: LengthView | undefined;
    sessionTitle: LengthView | undefined;
    sessionShortName: LengthView | undefined;
    targetAudience: LengthView | undefined;
    accompaniment: LengthView | undefined;
    location: LengthView | undefined;
    organizingStructure: LengthView | undefined;
  };
  /** The fields Mentor limits whose value is too long, by their Mentor label. */
  overLimit: { label: string; length: LengthView }[];
  /** « Durée estimée en présence / à distance »: both, when either is given (Mentor's default is 00). */
  estimated: { onSite: HoursMinutesField; online: HoursMinutesField } | undefined;
  /** « Durée en ligne / en présentiel » of the fiche session. */
  sessionDurations: { online: HoursMinutesField; onSite: HoursMinutesField } | undefined;
  /** « Métier(s) », one text line in Mentor. */
  typicalJobsText: string | undefined;
  /** « Concepteurs », one text line in Mentor. */
  designersText: string | undefined;
  /** True when the trailer is on Mentor's video platform, as Mentor requires; undefined without trailer. */
  trailerOnMentorVideo: boolean | undefined;
  /** The « Ouverte à » choice in Mentor's words, the owning space in place. */
  openToChoice: string | undefined;
  /** The spaces to add in the list under « Ouverte à » (other spaces, then regional PFRH spaces). */
  openToList: string[];
  /** Session public: the session's, else the course's. */
  audience: string | undefined;
  /** Registration text for the learner: the session's details, else the course's modalities, else the session's mode. */
  registrationText: string | undefined;
  /** Accompaniment text: the course's, else the session's. */
  accompanimentText: string | undefined;
  /** The fiche session's « Accompagnement »: the session's, else the course's. */
  sessionAccompanimentText: string | undefined;
  /** Evaluation text: the course's modalities, else the welcome page's. */
  evaluationText: string | undefined;
  /** Calendar: the course's, else the session's dates. */
  calendarText: string | undefined;
  /** « Modalités envisagées » (Présentiel, En ligne, Mixte): as given, else from where the activities take place. */
  courseModalityLabel: string | undefined;
  /** « Modalités de la session »: as given, else the course's. */
  sessionModalityLabel: string | undefined;
}

export interface AttestationView {
  /** Duration to certify: the session's effective duration, else the course's estimated one. */
  duration: DurationView | undefined;
  /** `13 h à distance et 7 h en présentiel`, when both parts are given. */
  durationDetail: string | undefined;
  /** Session dates, for a session with an end (REC-2); a permanent session has none. */
  period: string | undefined;
  /** The issuing organisation: `recognition.issuer.name`, else the producer. */
  issuer: string | undefined;
  /** The issuer as written in a sentence, with its article (« le ministère de l'Intérieur »), when the project gives it. */
  issuerInSentence: string | undefined;
  /** The document's title: « Attestation de participation », « Attestation de fin de formation », else « Attestation de formation ». */
  title: string;
  /** True when an activity is evaluated (automatic, self-positioning, peer or trainer): the result field is shown. */
  evaluated: boolean;
  /** `Auto-positionnement d'entrée, Quiz … et Questionnaire …` */
  criteriaActivitiesText: string | undefined;
  /** True when the criteria set a minimum time: the time spent field is shown. */
  showsTimeSpent: boolean;
}

export interface MentorForms {
  mentor: MentorFormsView;
  attestation: AttestationView;
}

export const MENTOR_VIDEO = "https://video.mentor.gouv.fr";

type Base = Pick<ViewModel, "course" | "session" | "activities" | "recognition" | "settings" | "welcome" | "totals">;

/** The Mentor form values and the attestation's mentions, from the rest of the view model. */
export function mentorForms(vm: Base, listed?: { result: boolean; timeSpent: boolean }): MentorForms {
  const attestation = attestationView(vm.course, vm.session, vm.activities, vm.recognition);
  // Filling per learner: a line with no value for anyone (« Résultat : non renseigné ») is left out.
  if (listed) {
    attestation.evaluated &&= listed.result;
    attestation.showsTimeSpent &&= listed.timeSpent;
  }
  return { mentor: mentorView(vm), attestation };
}

function lengthOf(value: string | undefined, max: number): LengthView | undefined {
  if (value === undefined || value === "") return undefined;
  const length = [...value].length;
  return { length, max, over: length > max, text: `${length}\u00a0caractère${length > 1 ? "s" : ""} sur ${max}` };
}

/** Minutes → Mentor's hours box and 5-minute list. */
export function hoursMinutesField(minutes: number | undefined): HoursMinutesField {
  const total = minutes ?? 0;
  const rounded = Math.round(total / 5) * 5;
  return {
    hours: String(Math.floor(rounded / 60)).padStart(2, "0"),
    minutes: String(rounded % 60).padStart(2, "0"),
    rounded: rounded !== total,
  };
}

function pair(online: DurationView | undefined, onSite: DurationView | undefined) {
  if (!online && !onSite) return undefined;
  return { online: hoursMinutesField(online?.minutes), onSite: hoursMinutesField(onSite?.minutes) };
}

const joined = (items: readonly string[]) => (items.length > 0 ? items.join(" ; ") : undefined);

/** « Présentiel », « En ligne » or « Mixte », from where the time of the activities is spent. */
function modalityFromTotals(totals: Base["totals"]): string | undefined {
  const online = totals.computed.online.minutes > 0;
  const onSite = totals.computed.onSite.minutes > 0;
  if (online && onSite) return "Mixte";
  if (onSite) return "Présentiel";
  if (online) return "En ligne";
  return undefined;
}

function mentorView({ course, session, settings, welcome, totals }: Base): MentorFormsView {
  const collections = (course.collections ?? []).map((c) => collectionView(c, settings.collections ?? []));
  const typicalJobsText = joined(course.typicalJobs ?? []);
  const designersText = joined(course.designers ?? []);
  const lengths: MentorFormsView["lengths"] = {
    title: lengthOf(course.title, 254),
    shortName: lengthOf(course.shortName, 255),
    prerequisites: lengthOf(course.prerequisites, 255),
    catchphrase: lengthOf(course.catchphrase, 152),
    sirhId: lengthOf(course.sirhId, 45),
    typicalJobs: lengthOf(typicalJobsText, 255),
    producerName: lengthOf(course.producer?.name, 255),
    producerShortName: lengthOf(course.producer?.shortName, 18),
    designers: lengthOf(designersText, 255),
    sessionTitle: lengthOf(session.title, 254),
    sessionShortName: lengthOf(session.shortName, 255),
    targetAudience: lengthOf(session.targetAudience ?? course.targetAudience, 255),
    accompaniment: lengthOf(session.accompaniment, 255),
    location: lengthOf(session.location, 255),
    organizingStructure: lengthOf(session.organizingStructure, 255),
  };
  const labels: Record<keyof MentorFormsView["lengths"], string> = {
    title: "Libellé de la formation",
    shortName: "Nom abrégé de la formation",
    prerequisites: "Prérequis",
    catchphrase: "Phrase d'accroche",
    sirhId: "Identifiant SIRH d'origine",
    typicalJobs: "Métier(s)",
    producerName: "Libellé de l'organisme producteur",
    producerShortName: "Nom abrégé de l'organisme producteur",
    designers: "Concepteurs",
    sessionTitle: "Libellé de la session",
    sessionShortName: "Nom abrégé de la session",
    targetAudience: "Public cible",
    accompaniment: "Accompagnement",
    location: "Lieu(x) de formation",
    organizingStructure: "Structure organisatrice",
  };
  const overLimit = (Object.keys(lengths) as (keyof typeof lengths)[])
    .filter((key) => lengths[key]?.over)
    .map((key) => ({ label: labels[key], length: lengths[key]! }));

  const space = session.ownerSpace ?? "…";
  const openToChoice =
    session.openTo === undefined
      ? undefined
      : {
          "not-visible": "Non-visible dans le catalogue",
          "current-entity": `Les utilisateurs de l'espace ${space} uniquement`,
          all: "Tous les utilisateurs de tous les espaces dédiés",
          "other-entities": `Les utilisateurs de l'espace ${space} et des espaces dédiés suivants :`,
        }[session.openTo];
  const openToList = [...(session.openToSpaces ?? []), ...(session.regions ?? []).map((r) => `${r} (espace régional PFRH)`)];

  return {
    collections,
    unknownCollections: collections.filter((c) => !c.known),
    lengths,
    overLimit,
    estimated: pair(course.estimatedDurationView.online, course.estimatedDurationView.onSite),
    sessionDurations:
      pair(session.effectiveDurationView.online, session.effectiveDurationView.onSite) ??
      pair(course.estimatedDurationView.online, course.estimatedDurationView.onSite),
    typicalJobsText,
    designersText,
    trailerOnMentorVideo: course.trailer ? course.trailer === MENTOR_VIDEO || course.trailer.startsWith(`${MENTOR_VIDEO}/`) : undefined,
    openToChoice,
    openToList,
    audience: session.targetAudience ?? course.targetAudience,
    registrationText: session.registration?.details ?? course.registrationModalities ?? session.registrationModeLabel,
    accompanimentText: course.accompanimentModalities ?? session.accompaniment,
    sessionAccompanimentText: session.accompaniment ?? course.accompanimentModalities,
    evaluationText: course.evaluationModalities ?? welcome.evaluation,
    calendarText: course.calendar ?? (session.period ? `Session ${session.period}` : undefined),
    courseModalityLabel: course.mentorModalityLabel ?? modalityFromTotals(totals),
    sessionModalityLabel: session.modalityLabel ?? course.mentorModalityLabel ?? modalityFromTotals(totals),
  };
}

function attestationView(course: CourseView, session: SessionView, activities: ActivityView[], recognition: RecognitionView): AttestationView {
  const fromSession = session.effectiveDurationView.total !== undefined;
  const durations = fromSession ? session.effectiveDurationView : course.estimatedDurationView;
  const titles = recognition.criteriaActivities.map((a) => a.title);
  return {
    duration: durations.total,
    durationDetail:
      durations.online && durations.onSite && durations.online.minutes > 0 && durations.onSite.minutes > 0
        ? `${durations.online.text} à distance et ${durations.onSite.text} en présentiel`
        : undefined,
    period: session.endDate ? frenchPeriod(session.startDate, session.endDate) : undefined,
    issuer: recognition.issuer?.name ?? course.organisation,
    issuerInSentence: recognition.issuer?.name ? recognition.issuer.nameInSentence : course.producer?.nameInSentence,
    title: recognition.attestationTypeLabel ?? "Attestation de formation",
    evaluated: activities.some((a) => a.evaluation !== undefined && a.evaluation !== "none"),
    // Quoted, as the badge's criteria are: a title may hold a colon or a comma of its own.
    criteriaActivitiesText: quotedList(titles),
    showsTimeSpent: recognition.criteria?.minimumTime !== undefined,
  };
}

/** « A », « B » et « C »; undefined for none. */
function quotedList(titles: readonly string[]): string | undefined {
  const quoted = titles.map((t) => `« ${t} »`);
  return quoted.length === 0 ? undefined : quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} et ${quoted[quoted.length - 1]}`;
}
