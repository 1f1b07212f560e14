import { formatDuration, parseDuration } from "../common/duration.js";
import type { Activity, Resource, Unit } from "../schema/index.js";

/** A duration as documents show it: minutes for sums, French text for print (`1 h 30`). */
export interface DurationView {
  minutes: number;
  text: string;
}

/** Time of some content, split by where and how it happens (guide D.3: online / on site, synchronous or not). */
export interface Totals {
  all: DurationView;
  online: DurationView;
  onSite: DurationView;
  /** Activities whose place is not given. */
  placeUnknown: DurationView;
  synchronous: DurationView;
  asynchronous: DurationView;
  /** Activities that do not say whether they are synchronous. */
  synchronousUnknown: DurationView;
  /** Activities without a duration: the sums leave them out. */
  activitiesWithoutDuration: number;
}

export function durationView(minutes: number): DurationView {
  return { minutes, text: formatDuration(minutes) };
}

/** The duration as typed (`1h30`), read; undefined when absent. */
export function parsedDuration(text: string | undefined | null): DurationView | undefined {
  if (typeof text !== "string") return undefined;
  const minutes = parseDuration(text);
  return minutes === undefined ? undefined : durationView(minutes);
}

/** Consultation of a resource meant for the trainer is not training time for participants (guide D.2). */
export function countsInTrainingTime(resource: Resource): boolean {
  return resource.audience !== "trainer";
}

/** An activity's own duration plus the consultation time of its resources. */
export function activityMinutes(activity: Activity): { minutes: number; known: boolean } {
  const own = parsedDuration(activity.duration);
  const resources = (activity.resources ?? [])
    .filter(countsInTrainingTime)
    .reduce((sum, r) => sum + (parsedDuration(r.duration)?.minutes ?? 0), 0);
  return { minutes: (own?.minutes ?? 0) + resources, known: own !== undefined };
}

interface Sums {
  all: number;
  online: number;
  onSite: number;
  placeUnknown: number;
  synchronous: number;
  asynchronous: number;
  synchronousUnknown: number;
  activitiesWithoutDuration: number;
}

const ZERO: Sums = { all: 0, online: 0, onSite: 0, placeUnknown: 0, synchronous: 0, asynchronous: 0, synchronousUnknown: 0, activitiesWithoutDuration: 0 };

function activitySums(activity: Activity): Sums {
  const { minutes, known } = activityMinutes(activity);
  const place = activity.modality?.place;
  const sync = activity.modality?.synchronous;
  return {
    all: minutes,
    online: place === "online" ? minutes : 0,
    onSite: place === "on-site" ? minutes : 0,
    placeUnknown: place === undefined ? minutes : 0,
    synchronous: sync === true ? minutes : 0,
    asynchronous: sync === false ? minutes : 0,
    synchronousUnknown: sync === undefined ? minutes : 0,
    activitiesWithoutDuration: known ? 0 : 1,
  };
}

function add(a: Sums, b: Sums): Sums {
  const out = { ...a };
  for (const key of Object.keys(out) as (keyof Sums)[]) out[key] += b[key];
  return out;
}

function unitSums(unit: Unit): Sums {
  return [...(unit.activities ?? []).map(activitySums), ...(unit.units ?? []).map(unitSums)].reduce(add, ZERO);
}

function toTotals(sums: Sums): Totals {
  return {
    all: durationView(sums.all),
    online: durationView(sums.online),
    onSite: durationView(sums.onSite),
    placeUnknown: durationView(sums.placeUnknown),
    synchronous: durationView(sums.synchronous),
    asynchronous: durationView(sums.asynchronous),
    synchronousUnknown: durationView(sums.synchronousUnknown),
    activitiesWithoutDuration: sums.activitiesWithoutDuration,
  };
}

/** Totals of a unit: its activities (with their resources) and its sub-units' content. */
export function unitTotals(unit: Unit): Totals {
  return toTotals(unitSums(unit));
}

/** Totals of the whole course. */
export function courseTotals(units: readonly Unit[] | undefined): Totals {
  return toTotals((units ?? []).map(unitSums).reduce(add, ZERO));
}
