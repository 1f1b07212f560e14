import type {
  Activity as RawActivity,
  Appointment,
  Course as RawCourse,
  Person,
  Resource as RawResource,
  Session,
  TrainingProject,
  Unit as RawUnit,
} from "../schema/index.js";
import { parseSourceDateEpoch } from "../common/source-date-epoch.js";
import { isOrganisational } from "../common/activity-purpose.js";
import { completeFromSchema } from "./complete.js";
import { frenchDate, frenchPeriod, textNamesDate, isoDateFromEpoch, type FrenchDate } from "./dates.js";
import { activityMinutes, courseTotals, durationView, parsedDuration, unitTotals, type DurationView, type Totals } from "./durations.js";
import { LABELS, label } from "./labels.js";
import { slugify } from "./slug.js";
import { endTime, frenchTime, organisationTools, unitLearnerResources, type OrganisationTools, type UnitLearnerResource } from "./organisation.js";
import { mentorForms, type MentorForms } from "./mentor-forms.js";
import { appointmentActivities, isOnSite } from "./appointments.js";
import { conformityAnnex } from "./conformity-annex.js";
import { specification, type Specification } from "./specification.js";
import { tenderClauses, type TenderClauses } from "./tender-clauses.js";

/**
 * The view model: what every document shows the same way, computed once from a validated project.
 * Every object has every property of the schema (absent ones are `undefined`), plus computed fields
 * (French labels `…Label`, formatted durations `…Text` or `DurationView`, French dates `…Date`
 * as `FrenchDate`, numbers, cross-references). Templates print it; they never compute.
 */
export interface ViewModel extends OrganisationTools, MentorForms, Specification {
  /** The consultation's clauses, defaults applied (cahier des charges and DPGF). */
  clauses: TenderClauses;
  /** Draft mode: documents may be incomplete and show « À COMPLÉTER » markers. */
  draft: boolean;
  /** The checker's result, passed through as given (documents that show the conformity grid use it). */
  check: unknown;
  /** Date and version printed on the documents: `meta.date`, else `SOURCE_DATE_EPOCH`, never the clock. */
  document: { date: FrenchDate | undefined; version: string | undefined; authors: string[] };
  meta: NonNullable<TrainingProject["meta"]>;
  course: CourseView;
  session: SessionView;
  /** The course objectives, numbered, with the units and activities that cover them (UNI-1). */
  objectives: ObjectiveView[];
  competences: NonNullable<Course["competences"]>;
  /** Top-level units, each with its sub-units in `units`. */
  units: UnitView[];
  /** Every unit, sub-units included, in document order. */
  allUnits: UnitView[];
  /** Every activity, in document order. */
  activities: ActivityView[];
  /** The tracked activities: the items of the progress bar (PRO-1, ORG-2). */
  tracking: { activities: ActivityView[]; count: number; threshold: number; overThreshold: boolean };
  totals: {
    /** Sums of the activities and resources. */
    computed: Totals;
    /** What the course declares (`course.estimatedDuration`). */
    declared: { online: DurationView | undefined; onSite: DurationView | undefined; total: DurationView | undefined };
  };
  /** Session trainers (PRE-1). */
  trainers: PersonView[];
  /** Welcome page contacts (ACC-1). */
  contacts: PersonView[];
  /** Trainers (role « Formateur » if none given) then welcome contacts, one line per person: the same
   *  name and e-mail address listed twice become one, with both roles. */
  everyone: PersonView[];
  presence: PresenceView;
  welcome: WelcomeView;
  conclusion: ConclusionView;
  recognition: RecognitionView;
  logbook: NonNullable<TrainingProject["logbook"]>;
  trainerBooklet: TrainerBookletView;
  navigation: NonNullable<TrainingProject["navigation"]> & { modeLabel: string | undefined };
  tender: TenderView;
  settings: NonNullable<TrainingProject["settings"]>;
  /** Every label table, for templates that list all the values of an enum. */
  labels: typeof LABELS;
}

export interface Ref {
  id: string;
  number: string;
  title: string;
}

export interface ObjectiveView {
  id: string;
  label: string;
  /** `1`, `2`… in the order of the course. */
  number: string;
  units: Ref[];
  activities: Ref[];
  covered: boolean;
}

export interface PersonView extends Person {
  /** `Anne Martin (formatrice)` */
  display: string;
}

export interface ResourceView extends Resource {
  formLabel: string | undefined;
  audienceLabel: string | undefined;
  durationText: string | undefined;
  minutes: number | undefined;
}

export interface ActivityView extends Omit<Activity, "resources"> {
  /** `1.2` for the second activity of unit 1. */
  number: string;
  unit: Ref;
  kindLabel: string | undefined;
  synchronousLabel: string | undefined;
  groupingLabel: string | undefined;
  placeLabel: string | undefined;
  /** `Asynchrone, individuelle, en ligne`: the known parts of the modality. */
  modalityText: string | undefined;
  evaluationLabel: string | undefined;
  /** The activity's own duration, in French. */
  durationText: string | undefined;
  /** Its duration plus its resources' consultation time. */
  totalDuration: DurationView;
  objectiveRefs: ObjectiveView[];
  /** It serves the course's organisation (welcome, positioning, evaluation questionnaire): no objectives. */
  organisational: boolean;
  resources: ResourceView[];
  workloadText: { learner: string | undefined; trainer: string | undefined };
  /** The session's appointments that schedule it (explicitly or inferred from unit and date). */
  appointments: AppointmentView[];
  /**
   * For a synchronous activity without an appointment of its own: the appointment of another
   * synchronous activity of its unit, in the same place, long enough to hold them all (an on-site day
   * that holds several activities). Empty otherwise.
   */
  heldDuring: AppointmentView[];
}

export interface UnitView extends Omit<Unit, "activities" | "units"> {
  /** `1`, `1.2`… */
  number: string;
  /** 0 for a top-level unit. */
  depth: number;
  objectiveRefs: ObjectiveView[];
  /** Sums of its activities, resources and sub-units. */
  totals: Totals;
  declaredDuration: DurationView | undefined;
  /** True when a duration is declared and differs from the computed one. */
  durationDiffers: boolean;
  startDateView: FrenchDate | undefined;
  endDateView: FrenchDate | undefined;
  /** `du lundi 9 mars 2026 au …` */
  period: string | undefined;
  activities: ActivityView[];
  units: UnitView[];
  /** Resources for participants in its own activities, each with its activity (carnet de bord, RES-1). */
  learnerResources: UnitLearnerResource[];
}

export interface CourseView extends Omit<Course, "objectives"> {
  slug: string;
  statusLabel: string | undefined;
  mentorModalityLabel: string | undefined;
  modalityLabels: string[];
  /** `Hybride, classe virtuelle` */
  modalitiesText: string | undefined;
  objectives: ObjectiveView[];
  estimatedDurationView: { online: DurationView | undefined; onSite: DurationView | undefined; total: DurationView | undefined };
  /** Organisation shown on covers and footers: producer's name, else its short name. */
  organisation: string | undefined;
}

export interface AppointmentView extends Appointment {
  dateView: FrenchDate | undefined;
  toolLabel: string | undefined;
  durationText: string | undefined;
  activityRef: Ref | undefined;
  /** `10 h`, `14 h 30` */
  startTimeText: string | undefined;
  /** Start time plus duration, when both are given and it ends the same day. */
  endTimeText: string | undefined;
  /** What it is called: its title, else its activity's. */
  label: string;
  /** True when it takes place on site (its tool, or its activity's place). */
  onSite: boolean;
  /** Where, for an on-site appointment: its own location, else the session's. */
  place: string | undefined;
  /** « Lieu ou accès » as the documents print it: the place on site, never a link; online, how to join. */
  access: string;
}

export interface SessionView extends Omit<Session, "trainers" | "appointments"> {
  statusLabel: string | undefined;
  modalityLabel: string | undefined;
  openToLabel: string | undefined;
  registrationModeLabel: string | undefined;
  startDateView: FrenchDate | undefined;
  endDateView: FrenchDate | undefined;
  period: string | undefined;
  /** The course's calendar text already names the session's first and last days: the period need not follow it. */
  periodInCourseCalendar: boolean;
  effectiveDurationView: { online: DurationView | undefined; onSite: DurationView | undefined; total: DurationView | undefined };
  trainers: PersonView[];
  appointments: AppointmentView[];
}

export type PresenceView = NonNullable<TrainingProject["presence"]> & {
  toolLabels: string[];
  virtualClassroomToolLabel: string | undefined;
};
export type WelcomeView = NonNullable<TrainingProject["welcome"]> & {
  overviewFormLabel: string | undefined;
  /** The overview in one phrase: « Infographie : les six semaines… », or the description alone when it names its form (« Une infographie présente… »). */
  overviewText: string | undefined;
  contacts: PersonView[];
};
export type ConclusionView = NonNullable<TrainingProject["conclusion"]> & { evaluationQuestionnaireActivity: ActivityView | undefined };
export type RecognitionView = NonNullable<TrainingProject["recognition"]> & {
  attestationTypeLabel: string | undefined;
  criteriaActivities: ActivityView[];
  minimumTimeText: string | undefined;
  /** The signatory's role inside a sentence, after the name: « directrice du CVRH de Lyon » (an acronym keeps its case). */
  signatoryRoleInSentence: string | undefined;
};
type Booklet = NonNullable<TrainingProject["trainerBooklet"]>;
export type TrainerBookletView = Omit<Booklet, "calendar" | "resources" | "preparedFeedback"> & {
  calendar: (NonNullable<Booklet["calendar"]>[number] & { period: string | undefined; unitRefs: Ref[] })[];
  resources: ResourceView[];
  preparedFeedback: (NonNullable<Booklet["preparedFeedback"]>[number] & { activityRef: Ref | undefined })[];
};
type Tender = NonNullable<TrainingProject["tender"]>;
export type TenderView = Omit<Tender, "milestones" | "deliverables"> & {
  milestones: (NonNullable<Tender["milestones"]>[number] & { dateView: FrenchDate | undefined })[];
  deliverables: (NonNullable<Tender["deliverables"]>[number] & { dueView: FrenchDate | undefined })[];
};

export interface BuildOptions {
  draft?: boolean;
  /** For per-learner attestations: what the learner list gives (the result and time spent lines show only then). */
  listedFields?: { result: boolean; timeSpent: boolean };
  check?: unknown;
  /** Unix time in seconds for the document date when `meta.date` is absent; defaults to `SOURCE_DATE_EPOCH`. */
  sourceDateEpoch?: number | string;
}

// The generated types lack the `title` properties that the schema declares (scripts/gen-types.mjs
// strips every key named "title", property definitions included); the schema requires them here.
type WithTitle<T> = T & { title: string };
type Unit = WithTitle<Omit<RawUnit, "activities" | "units">> & { activities?: Activity[]; units?: Unit[] };
type Activity = WithTitle<Omit<RawActivity, "resources">> & { resources?: Resource[] };
type Resource = WithTitle<RawResource>;
type Course = WithTitle<RawCourse>;

const DEFAULT_TRACKING_THRESHOLD = 15;

/** Builds the view model of a validated project. Pure: the same project and options give the same model. */
export function buildViewModel(input: TrainingProject, options: BuildOptions = {}): ViewModel {
  const project = completeFromSchema(input) as Omit<TrainingProject, "course" | "units"> & { course: Course; units?: Unit[] };
  const course = project.course;

  // Objectives first: units and activities refer to them.
  const objectives: ObjectiveView[] = (course.objectives ?? []).map((o, i) => ({
    id: o.id,
    label: o.label,
    number: String(i + 1),
    units: [],
    activities: [],
    covered: false,
  }));
  const objectiveById = new Map(objectives.map((o) => [o.id, o]));
  const refsOf = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => objectiveById.get(id)).filter((o): o is ObjectiveView => o !== undefined);

  const allUnits: UnitView[] = [];
  const activities: ActivityView[] = [];
  const viewUnit = (unit: Unit, number: string, depth: number): UnitView => {
    const { activities: rawActivities, units: rawUnits, ...rest } = unit;
    const declared = parsedDuration(unit.duration);
    const totals = unitTotals(unit);
    const view: UnitView = {
      ...rest,
      number,
      depth,
      objectiveRefs: refsOf(unit.objectives),
      totals,
      declaredDuration: declared,
      durationDiffers: declared !== undefined && declared.minutes !== totals.all.minutes,
      startDateView: frenchDate(unit.startDate),
      endDateView: frenchDate(unit.endDate),
      period: frenchPeriod(unit.startDate, unit.endDate),
      activities: [],
      units: [],
      learnerResources: [],
    };
    allUnits.push(view);
    const unitRef: Ref = { id: unit.id, number, title: unit.title };
    for (const o of view.objectiveRefs) o.units.push(unitRef);
    view.activities = (rawActivities ?? []).map((a, i) => {
      const organisational = isOrganisational(a, project);
      // An activity of the course's organisation serves no objective: it stays out of the coverage.
      const activity = viewActivity(a, `${number}.${i + 1}`, unitRef, organisational ? [] : refsOf(a.objectives), organisational);
      activities.push(activity);
      for (const o of activity.objectiveRefs) o.activities.push({ id: a.id, number: activity.number, title: a.title });
      return activity;
    });
    view.learnerResources = unitLearnerResources(view);
    view.units = (rawUnits ?? []).map((u, i) => viewUnit(u, `${number}.${String.fromCharCode(97 + (i % 26))}`, depth + 1));
    return view;
  };
  const units = (project.units ?? []).map((u, i) => viewUnit(u, String(i + 1), 0));
  for (const o of objectives) o.covered = o.units.length > 0 || o.activities.length > 0;

  const activityById = new Map(activities.map((a) => [a.id, a]));
  const unitById = new Map(allUnits.map((u) => [u.id, u]));
  const activityRef = (id: string | undefined): Ref | undefined => {
    const a = id ? activityById.get(id) : undefined;
    return a ? { id: a.id, number: a.number, title: a.title } : undefined;
  };

  const dateIso =
    project.meta?.date ??
    (() => {
      const epoch = parseSourceDateEpoch(options.sourceDateEpoch ?? process.env.SOURCE_DATE_EPOCH);
      return epoch === undefined ? undefined : isoDateFromEpoch(epoch);
    })();

  const tracked = activities.filter((a) => a.tracked === true);
  const threshold = project.settings?.trackingThreshold ?? DEFAULT_TRACKING_THRESHOLD;
  const session = project.session!;
  const trainers = (session.trainers ?? []).map(personView);
  const contacts = (project.welcome?.contacts ?? []).map(personView);

  const courseView: CourseView = {
    ...course,
    slug: slugify(course.shortName || course.title),
    statusLabel: label("courseStatus", course.status),
    mentorModalityLabel: label("mentorModality", course.mentorModality),
    modalityLabels: (course.modalities ?? []).map((m) => label("courseModality", m)!),
    modalitiesText: listText((course.modalities ?? []).map((m, i) => lowerAfterFirst(label("courseModality", m)!, i))),
    objectives,
    estimatedDurationView: hoursMinutes(course.estimatedDuration),
    organisation: course.producer?.name || course.producer?.shortName || undefined,
  };

  const { trainers: _t, appointments: rawAppointments, ...sessionRest } = session;
  const sessionView: SessionView = {
    ...sessionRest,
    statusLabel: label("sessionStatus", session.status),
    modalityLabel: label("sessionModality", session.modality),
    openToLabel: label("openTo", session.openTo),
    registrationModeLabel: label("registrationMode", session.registration?.mode),
    startDateView: frenchDate(session.startDate),
    endDateView: frenchDate(session.endDate),
    period: frenchPeriod(session.startDate, session.endDate),
    periodInCourseCalendar:
      textNamesDate(course.calendar, frenchDate(session.startDate)) && (!session.endDate || textNamesDate(course.calendar, frenchDate(session.endDate))),
    effectiveDurationView: hoursMinutes(session.effectiveDuration),
    trainers,
    appointments: [],
  };
  const appointmentActivity = appointmentActivities(project as TrainingProject);
  sessionView.appointments = (rawAppointments ?? []).map((a, i): AppointmentView => {
    const activity = appointmentActivity[i] ? activityById.get(appointmentActivity[i]!) : undefined;
    const ref = activityRef(activity?.id);
    const onSite = isOnSite(a, activity);
    const place = onSite ? a.location ?? session.location : undefined;
    const view: AppointmentView = {
      ...a,
      dateView: frenchDate(a.date),
      toolLabel: label("appointmentTool", a.tool),
      durationText: parsedDuration(a.duration)?.text,
      activityRef: ref,
      startTimeText: frenchTime(a.startTime),
      endTimeText: endTime(a.startTime, a.duration),
      label: a.title ?? activity?.title ?? "Rendez-vous",
      onSite,
      place,
      access: onSite
        ? place ?? "En présentiel, lieu communiqué par les formateurs"
        : a.location ?? (ref ? `En ligne : le lien figure dans l'activité ${ref.number} de la formation` : "En ligne : le lien figure sur la page de la formation"),
    };
    activity?.appointments.push(view);
    return view;
  });
  holdActivitiesDuringSharedAppointments(activities);

  const presence = project.presence!;
  const welcome = project.welcome!;
  const conclusion = project.conclusion!;
  const recognition = project.recognition!;
  const booklet = project.trainerBooklet!;
  const tender = project.tender!;

  const common: Omit<ViewModel, keyof OrganisationTools | keyof MentorForms | keyof Specification | "clauses"> = {
    draft: options.draft ?? false,
    check: options.check,
    document: { date: frenchDate(dateIso), version: project.meta?.version, authors: project.meta?.authors ?? [] },
    meta: project.meta!,
    course: courseView,
    session: sessionView,
    objectives,
    competences: course.competences ?? [],
    units,
    allUnits,
    activities,
    tracking: { activities: tracked, count: tracked.length, threshold, overThreshold: tracked.length > threshold },
    totals: { computed: courseTotals(project.units), declared: hoursMinutes(course.estimatedDuration) },
    trainers,
    contacts,
    everyone: mergedPeople([...trainers.map((t) => (t.role ? t : { ...t, role: "Formateur" })), ...contacts]),
    presence: {
      ...presence,
      toolLabels: (presence.tools ?? []).map((t) => label("presenceTool", t)!),
      virtualClassroomToolLabel: label("virtualClassroomTool", presence.virtualClassroomTool),
    },
    welcome: {
      ...welcome,
      overviewFormLabel: label("overviewForm", welcome.overview?.form),
      overviewText: overviewText(label("overviewForm", welcome.overview?.form), welcome.overview?.description),
      contacts,
    },
    conclusion: {
      ...conclusion,
      evaluationQuestionnaireActivity: conclusion.evaluationQuestionnaire ? activityById.get(conclusion.evaluationQuestionnaire) : undefined,
    },
    recognition: {
      ...recognition,
      attestationTypeLabel: label("attestationType", recognition.attestationType),
      criteriaActivities: (recognition.criteria?.activities ?? [])
        .map((id) => activityById.get(id))
        .filter((a): a is ActivityView => a !== undefined),
      minimumTimeText: parsedDuration(recognition.criteria?.minimumTime)?.text,
      signatoryRoleInSentence: roleInSentence(recognition.signatory?.role),
    },
    logbook: project.logbook!,
    trainerBooklet: {
      ...booklet,
      calendar: (booklet.calendar ?? []).map((period) => ({
        ...period,
        period: frenchPeriod(period.startDate, period.endDate),
        unitRefs: (period.units ?? [])
          .map((id) => unitById.get(id))
          .filter((u): u is UnitView => u !== undefined)
          .map((u) => ({ id: u.id, number: u.number, title: u.title })),
      })),
      resources: ((booklet.resources ?? []) as Resource[]).map(resourceView),
      preparedFeedback: (booklet.preparedFeedback ?? []).map((f) => ({ ...f, activityRef: activityRef(f.activity) })),
    },
    navigation: { ...project.navigation!, modeLabel: label("navigationMode", project.navigation?.mode) },
    tender: {
      ...tender,
      milestones: (tender.milestones ?? []).map((m) => ({ ...m, dateView: frenchDate(m.date) })),
      deliverables: (tender.deliverables ?? []).map((d) => ({ ...d, dueView: frenchDate(d.due) })),
    },
    settings: project.settings!,
    labels: LABELS,
  };
  const withForms = { ...common, ...mentorForms(common, options.listedFields) };
  // organisationTools reads none of the specification fields, computed last from everything else.
  const withTools = { ...withForms, ...organisationTools(withForms as Omit<ViewModel, keyof OrganisationTools>) };
  const hasOnSite = activities.some((a) => a.modality?.place === "on-site");
  const vm: ViewModel = { ...withTools, ...specification(withTools, input, options.check), ...tenderClauses({ ...withTools, hasOnSite }, input.tender !== undefined) };
  vm.specification.annex = conformityAnnex(vm);
  return vm;
}

function viewActivity(activity: Activity, number: string, unit: Ref, objectiveRefs: ObjectiveView[], organisational: boolean): ActivityView {
  const { resources, ...rest } = activity;
  const m = activity.modality;
  const synchronousLabel = m?.synchronous === undefined ? undefined : label("synchronous", m.synchronous);
  const groupingLabel = label("grouping", m?.grouping);
  const placeLabel = label("place", m?.place);
  const parts = [synchronousLabel, groupingLabel, placeLabel].filter((p): p is string => p !== undefined);
  return {
    ...rest,
    number,
    unit,
    kindLabel: label("activityKind", activity.kind),
    synchronousLabel,
    groupingLabel,
    placeLabel,
    modalityText: parts.length ? parts.map((p, i) => (i === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1))).join(", ") : undefined,
    evaluationLabel: label("evaluation", activity.evaluation),
    durationText: parsedDuration(activity.duration)?.text,
    totalDuration: durationView(activityMinutes(activity).minutes),
    objectiveRefs,
    organisational,
    resources: (resources ?? []).map(resourceView),
    workloadText: {
      learner: parsedDuration(activity.workload?.learner)?.text,
      trainer: parsedDuration(activity.workload?.trainer)?.text,
    },
    appointments: [],
    heldDuring: [],
  };
}

const minutesOf = (duration: string | undefined) => parsedDuration(duration)?.minutes ?? 0;

/**
 * Ties the synchronous activities that have no appointment to the appointment of a sibling (same
 * unit, same place) whose duration covers the sibling and all of them: the day « jeudi 2 avril, de 9 h
 * à 16 h » scheduled for activity 4.1 also holds 4.2 and 4.3, instead of their dates being « to fix ».
 */
function holdActivitiesDuringSharedAppointments(activities: readonly ActivityView[]): void {
  const synchronous = activities.filter((a) => a.modality?.synchronous === true);
  for (const host of synchronous) {
    for (const appointment of host.appointments) {
      const guests = synchronous.filter(
        (a) => a !== host && a.appointments.length === 0 && a.heldDuring.length === 0 && a.unit.number === host.unit.number && a.modality?.place === host.modality?.place,
      );
      const needed = minutesOf(host.duration) + guests.reduce((sum, a) => sum + minutesOf(a.duration), 0);
      if (guests.length === 0 || guests.some((a) => minutesOf(a.duration) === 0) || minutesOf(appointment.duration) < needed) continue;
      for (const guest of guests) guest.heldDuring.push(appointment);
    }
  }
}

function resourceView(resource: Resource): ResourceView {
  const duration = parsedDuration(resource.duration);
  return {
    ...resource,
    formLabel: label("resourceForm", resource.form),
    audienceLabel: label("resourceAudience", resource.audience),
    durationText: duration?.text,
    minutes: duration?.minutes,
  };
}

function personView(person: Person): PersonView {
  return { ...person, display: person.role ? `${person.name} (${person.role})` : person.name };
}

/** People listed once each: the same name and e-mail address (case and spaces aside) merge, roles joined. */
function mergedPeople(people: PersonView[]): PersonView[] {
  const key = (p: PersonView) => `${p.name} ${p.email ?? ""}`.toLowerCase().replace(/\s+/g, " ").trim();
  const merged = new Map<string, PersonView>();
  for (const person of people) {
    const seen = merged.get(key(person));
    if (!seen) {
      merged.set(key(person), person);
      continue;
    }
    const roles = [seen.role, person.role].filter((r): r is string => !!r);
    const role = roles.filter((r, i) => roles.findIndex((o) => o.toLowerCase() === r.toLowerCase()) === i).join(", ") || undefined;
    merged.set(key(person), personView({ ...seen, phone: seen.phone ?? person.phone, role }));
  }
  return [...merged.values()];
}

function hoursMinutes(value: { online?: string; onSite?: string } | undefined) {
  const online = parsedDuration(value?.online);
  const onSite = parsedDuration(value?.onSite);
  const total = online || onSite ? durationView((online?.minutes ?? 0) + (onSite?.minutes ?? 0)) : undefined;
  return { online, onSite, total };
}

/** In a list written as a sentence, labels after the first start in lower case. */
function lowerAfterFirst(text: string, index: number): string {
  return index === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** `a`, `a et b`, `a, b et c` */
export function listText(items: readonly string[]): string | undefined {
  if (items.length === 0) return undefined;
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

/** `Directrice du CVRH` → `directrice du CVRH`; an acronym (`DRH adjointe`) keeps its case. */
function roleInSentence(role: string | undefined): string | undefined {
  if (!role) return undefined;
  return /^\p{Lu}\p{Ll}/u.test(role) ? role.charAt(0).toLowerCase() + role.slice(1) : role;
}

/** The form's label, then the description, unless the description's first words already name the form. */
function overviewText(formLabel: string | undefined, description: string | undefined): string | undefined {
  if (!description) return formLabel;
  if (!formLabel) return description;
  const noun = formLabel.split(" ")[0]!.toLowerCase();
  const opening = description.toLowerCase().split(/[\s'’]+/).slice(0, 4);
  return opening.includes(noun) ? description : `${formLabel} : ${description}`;
}
