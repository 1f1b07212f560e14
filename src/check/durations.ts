import { parseDuration } from "../common/duration.js";
import type { ResourceAt } from "../common/project-walk.js";
import type { Activity, Resource, Unit } from "../schema/index.js";

/** Minutes of a duration text, or undefined when absent or unreadable. */
export function minutesOf(text: string | undefined): number | undefined {
  return typeof text === "string" ? parseDuration(text) : undefined;
}

/** The time a content takes: what is known, and how many activities have no duration. */
export interface ContentTime {
  minutes: number;
  activitiesWithoutDuration: number;
}

/**
 * Whether participants consult a resource: an activity's resources are theirs unless marked for the
 * trainer; the trainer booklet's are the trainer's unless marked for participants.
 */
export function consultedByLearners({ resource, activity }: ResourceAt): boolean {
  return activity ? resource?.audience !== "trainer" : resource?.audience === "learner";
}

/** Consultation of trainer resources is not training time for the participants. */
function countsForLearners(resource: Resource): boolean {
  return resource?.audience !== "trainer";
}

/** An activity's duration plus the consultation time of its resources (guide D.2: it counts in the training time). */
export function activityTime(activity: Activity): ContentTime {
  const own = minutesOf(activity?.duration);
  const resources = (activity?.resources ?? [])
    .filter(countsForLearners)
    .reduce((sum, r) => sum + (minutesOf(r?.duration) ?? 0), 0);
  return { minutes: (own ?? 0) + resources, activitiesWithoutDuration: own === undefined ? 1 : 0 };
}

/** A unit's activities and resources, and its sub-units' content (not their declared durations). */
export function unitTime(unit: Unit): ContentTime {
  return sumTimes([...(unit?.activities ?? []).map(activityTime), ...(unit?.units ?? []).map(unitTime)]);
}

/** The whole course: every unit's content. */
export function courseTime(units: readonly Unit[] | undefined): ContentTime {
  return sumTimes((units ?? []).map(unitTime));
}

function sumTimes(times: ContentTime[]): ContentTime {
  return times.reduce(
    (a, b) => ({ minutes: a.minutes + b.minutes, activitiesWithoutDuration: a.activitiesWithoutDuration + b.activitiesWithoutDuration }),
    { minutes: 0, activitiesWithoutDuration: 0 },
  );
}

/** True when `actual` differs from `declared` by more than `tolerance` percent of `declared`. */
export function outsideTolerance(declared: number, actual: number, tolerance: number): boolean {
  return Math.abs(actual - declared) > (declared * tolerance) / 100;
}
