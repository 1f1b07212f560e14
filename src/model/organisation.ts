import { durationView, parsedDuration, type DurationView } from "./durations.js";
import { label } from "./labels.js";
import type { ActivityView, AppointmentView, Ref, ResourceView, UnitView, ViewModel } from "./view-model.js";

/**
 * What the organisation tools of guide E.3 need beyond the common view model: the livret du
 * formateur (synchronous sessions and their appointments, trainer resources, the workload of
 * evaluated activities, the collaborative tools in use) and the carnet de bord (the learner
 * resources of each unit, the self-positioning scale).
 */
export interface OrganisationTools {
  /** Synchronous activities (MOD-2), each with the session's appointments that schedule it. */
  synchronousActivities: ActivityView[];
  /** Evaluated activities (evaluation other than « none ») and the sums of their workload (EVA-4). */
  evaluationWorkload: {
    activities: ActivityView[];
    count: number;
    learner: DurationView;
    trainer: DurationView;
    /** Evaluated activities without a learner workload: the sum leaves them out. */
    withoutLearner: number;
  };
  /**
   * Resources in support of the trainer (RES-3): the booklet's resources, then the activities'
   * resources whose audience is the trainer; each with the activity it serves.
   */
  trainerResources: (ResourceView & { activityRef: Ref | undefined })[];
  /** Sum of their consultation durations (RES-4). */
  trainerResourcesDuration: DurationView;
  /** The collaborative tools of guide E.5.d, each said used or not, with the activities using it (PRE-3). */
  presenceTools: { id: string; label: string; used: boolean; activities: Ref[] }[];
  /** The four levels of the carnet de bord's self-positioning table, lowest first. */
  selfPositioningScale: string[];
  /** Activities with setup instructions for the trainer (the livret's « Consignes par activité »). */
  activitiesWithSetup: ActivityView[];
  /** Resources meant for participants, in all units (the livret's table, left out when none). */
  learnerResourceCount: number;
  /** Whether learners are accompanied by trainers: a hybrid, tutored or virtual-classroom modality (PRE-1). */
  tutored: boolean;
  /**
   * Whether someone animates the session: a tutored modality, named trainers or the « Mes formateurs »
   * block. When not, the course is self-paced and the livret addresses no trainer.
   */
  accompanied: boolean;
}

/** Resources meant for participants in a unit's own activities, each with its activity (carnet de bord, RES-1). */
export type UnitLearnerResource = ResourceView & { activityRef: Ref };

/** The self-positioning scale of the carnet de bord, lowest level first. */
export const SELF_POSITIONING_SCALE = [
  "Je découvre",
  "Je connais les bases",
  "Je sais faire",
  "Je peux l'expliquer à d'autres",
] as const;

/** Activity kinds that use each collaborative tool of guide E.5.d (messaging has no activity kind). */
const TOOL_KINDS: Record<string, readonly string[]> = {
  forum: ["forum"],
  etherpad: ["etherpad"],
  "virtual-classroom": ["virtual-classroom"],
  messaging: [],
  questionnaire: ["questionnaire"],
  poll: ["poll"],
  "group-choice": ["group-choice"],
};

/**
 * Words that show an activity uses a tool although its kind is another (« rédigez dans l'Etherpad
 * du groupe », « déposez sur le forum »): the tools tables agree with what the activities say.
 */
const TOOL_WORDS: Record<string, RegExp> = {
  forum: /\bforums?\b/i,
  etherpad: /\betherpad\b|\bpads? collaboratifs?\b/i,
  "virtual-classroom": /\bclasses? virtuelles?\b|\bbigbluebutton\b|\bclassilio\b/i,
  messaging: /\bmessagerie\b/i,
  questionnaire: /\bquestionnaires?\b/i,
  poll: /\bsondages?\b/i,
  "group-choice": /\bchoix de groupe\b/i,
};

/** The texts of an activity that say what the learners do. */
function activityWords(a: ActivityView): string {
  return [a.title, a.instructions, a.expectedOutput, a.guidance, a.setup].filter((t): t is string => typeof t === "string").join("\n");
}

/** Whether an activity uses a collaborative tool: by its kind, by its appointments' tool, or by what its texts say. */
function usesTool(a: ActivityView, tool: string): boolean {
  if (a.kind !== undefined && TOOL_KINDS[tool]!.includes(a.kind)) return true;
  if (tool === "virtual-classroom" && a.appointments.some((ap) => ap.tool === "bigbluebutton" || ap.tool === "classilio-via")) return true;
  return TOOL_WORDS[tool]!.test(activityWords(a));
}

/** Modalities where learners are accompanied by trainers (as the PRE-1 check reads them). */
const TUTORED_MODALITIES: readonly string[] = ["online-tutored", "hybrid", "virtual-classroom"];

const TIME = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

/** `09:00` → `9 h`, `14:30` → `14 h 30` (no-break spaces); undefined when absent or malformed. */
export function frenchTime(hhmm: string | undefined): string | undefined {
  const match = hhmm ? TIME.exec(hhmm) : null;
  if (!match) return undefined;
  return timeText(Number(match[1]) * 60 + Number(match[2]));
}

/** The end time of an appointment starting at `hhmm` and lasting `duration`, when it ends the same day. */
export function endTime(hhmm: string | undefined, duration: string | undefined): string | undefined {
  const match = hhmm ? TIME.exec(hhmm) : null;
  const length = parsedDuration(duration);
  if (!match || !length) return undefined;
  const end = Number(match[1]) * 60 + Number(match[2]) + length.minutes;
  return end < 24 * 60 ? timeText(end) : undefined;
}

function timeText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}\u00a0h` : `${h}\u00a0h\u00a0${String(m).padStart(2, "0")}`;
}

const refOf = (a: ActivityView): Ref => ({ id: a.id, number: a.number, title: a.title });

/** Computes the organisation tools' fields from the rest of the view model. */
export function organisationTools(vm: Omit<ViewModel, keyof OrganisationTools>): OrganisationTools {
  const activityById = new Map(vm.activities.map((a) => [a.id, a]));

  const synchronousActivities = vm.activities
    .filter((a) => a.modality?.synchronous === true);

  const evaluated = vm.activities.filter((a) => a.evaluation !== undefined && a.evaluation !== "none");
  const sum = (pick: (a: ActivityView) => string | undefined) =>
    durationView(evaluated.reduce((total, a) => total + (parsedDuration(pick(a))?.minutes ?? 0), 0));

  const bookletResources = vm.trainerBooklet.resources.map((r) => ({
    ...r,
    activityRef: r.activity && activityById.has(r.activity) ? refOf(activityById.get(r.activity)!) : undefined,
  }));
  const activityTrainerResources = vm.activities.flatMap((a) =>
    a.resources.filter((r) => r.audience === "trainer").map((r) => ({ ...r, activityRef: refOf(a) as Ref | undefined })),
  );
  const trainerResources = [...bookletResources, ...activityTrainerResources];

  const declared = new Set(vm.presence.tools ?? []);
  const presenceTools = Object.keys(TOOL_KINDS).map((id) => {
    const activities = vm.activities.filter((a) => usesTool(a, id)).map(refOf);
    return { id, label: label("presenceTool", id)!, used: declared.has(id as never) || activities.length > 0, activities };
  });

  const tutored = (vm.course.modalities ?? []).some((m) => TUTORED_MODALITIES.includes(m));

  return {
    synchronousActivities,
    evaluationWorkload: {
      activities: evaluated,
      count: evaluated.length,
      learner: sum((a) => a.workload?.learner),
      trainer: sum((a) => a.workload?.trainer),
      withoutLearner: evaluated.filter((a) => parsedDuration(a.workload?.learner) === undefined).length,
    },
    trainerResources,
    trainerResourcesDuration: durationView(trainerResources.reduce((total, r) => total + (r.minutes ?? 0), 0)),
    presenceTools,
    selfPositioningScale: [...SELF_POSITIONING_SCALE],
    activitiesWithSetup: vm.activities.filter((a) => typeof a.setup === "string" && a.setup.trim() !== ""),
    learnerResourceCount: vm.allUnits.reduce((n, u) => n + u.learnerResources.length, 0),
    tutored,
    accompanied: tutored || vm.trainers.length > 0 || vm.presence.trainersBlock === true,
  };
}

/** The resources for participants of a unit's own activities (not its sub-units'). */
export function unitLearnerResources(unit: Pick<UnitView, "activities">): UnitLearnerResource[] {
  return unit.activities.flatMap((a) => a.resources.filter((r) => r.audience !== "trainer").map((r) => ({ ...r, activityRef: refOf(a) })));
}
