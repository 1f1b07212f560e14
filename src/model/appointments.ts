/**
 * Ties the session's appointments to the synchronous activities they schedule (one place for the
 * fact, shown alike in every document): by `appointment.activity` when given, else inferred from
 * the date (within the activity's unit dates, when the unit has dates) and the place (an on-site
 * appointment goes with an on-site activity, a virtual classroom with an online one). Pure, on the
 * raw project: `check` uses it to warn about an appointment that matches no activity.
 */
import type { Activity, Appointment, TrainingProject, Unit } from "../schema/index.js";

export interface ActivityInUnits {
  activity: Activity;
  /** The dates of the innermost unit (or enclosing unit) that has some. */
  startDate: string | undefined;
  endDate: string | undefined;
}

/** Every activity of the project, in document order, with the dates of the unit that holds it. */
export function activitiesWithUnitDates(units: readonly Unit[] | undefined): ActivityInUnits[] {
  const out: ActivityInUnits[] = [];
  const walk = (list: readonly Unit[] | undefined, start: string | undefined, end: string | undefined) => {
    for (const unit of list ?? []) {
      const s = unit.startDate ?? (unit.endDate ? undefined : start);
      const e = unit.endDate ?? (unit.startDate ? undefined : end);
      for (const activity of unit.activities ?? []) out.push({ activity, startDate: s, endDate: e });
      walk(unit.units, s, e);
    }
  };
  walk(units, undefined, undefined);
  return out;
}

const ONLINE_TOOLS: readonly string[] = ["bigbluebutton", "classilio-via"];

/** Whether an appointment takes place on site: its tool says so, or the activity it schedules does. */
export function isOnSite(appointment: Appointment, activity: Activity | undefined): boolean {
  if (appointment.tool === "on-site") return true;
  if (appointment.tool !== undefined && ONLINE_TOOLS.includes(appointment.tool)) return false;
  return activity?.modality?.place === "on-site";
}

function compatible(appointment: Appointment, entry: ActivityInUnits): boolean {
  const { activity, startDate, endDate } = entry;
  if (activity.modality?.synchronous !== true) return false;
  const place = activity.modality?.place;
  if (appointment.tool === "on-site" && place === "online") return false;
  if (appointment.tool !== undefined && ONLINE_TOOLS.includes(appointment.tool) && place === "on-site") return false;
  if (startDate && appointment.date < startDate) return false;
  if (endDate && appointment.date > endDate) return false;
  return true;
}

/**
 * The activity id of each appointment (same order as `session.appointments`), or undefined when
 * none matches. Appointments without `activity` are taken in date order; each goes to the first
 * compatible synchronous activity that has no appointment yet, else to the first compatible one.
 */
export function appointmentActivities(project: Pick<TrainingProject, "units" | "session">): (string | undefined)[] {
  const appointments = project.session?.appointments ?? [];
  const entries = activitiesWithUnitDates(project.units);
  const ids = new Set(entries.map((e) => e.activity.id));
  const result: (string | undefined)[] = appointments.map((a) => (a.activity && ids.has(a.activity) ? a.activity : undefined));
  const scheduled = new Set(result.filter((id): id is string => id !== undefined));
  const pending = appointments
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => a.activity === undefined)
    .sort((x, y) => x.a.date.localeCompare(y.a.date) || x.index - y.index);
  for (const { a, index } of pending) {
    const candidates = entries.filter((e) => compatible(a, e));
    const chosen = candidates.find((e) => !scheduled.has(e.activity.id)) ?? candidates[0];
    if (chosen) {
      result[index] = chosen.activity.id;
      scheduled.add(chosen.activity.id);
    }
  }
  return result;
}
