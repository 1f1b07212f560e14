// Projects of a given number of activities, cut from or replicated out of the large example, for
// the scaling benchmark. Replicated units get suffixed ids so that ids stay unique.
import { generateLargeExample } from "../scripts/gen-large-example.mjs";

export function projectWithActivities(count) {
  const base = generateLargeExample();
  const source = base.units;
  const units = [];
  let total = 0;
  for (let copy = 0; total < count; copy++) {
    for (const unit of source) {
      if (total >= count) break;
      const clone = renameIds(structuredClone(unit), copy === 0 ? "" : `-c${copy}`);
      total += trim(clone, count - total);
      units.push(clone);
    }
  }
  return dropDanglingReferences({ ...base, units });
}

/** A cut project no longer holds every unit and activity the rest of the project names: drop those references. */
function dropDanglingReferences(project) {
  const ids = new Set();
  const collect = (units) => {
    for (const unit of units ?? []) {
      ids.add(unit.id);
      for (const activity of unit.activities ?? []) ids.add(activity.id);
      collect(unit.units);
    }
  };
  collect(project.units);
  const known = (id) => id === undefined || ids.has(id);
  if (project.session?.appointments) project.session.appointments = project.session.appointments.filter((a) => known(a.activity));
  if (project.conclusion && !known(project.conclusion.evaluationQuestionnaire)) delete project.conclusion.evaluationQuestionnaire;
  if (project.recognition?.criteria?.activities) project.recognition.criteria.activities = project.recognition.criteria.activities.filter(known);
  const booklet = project.trainerBooklet;
  if (booklet) {
    for (const period of booklet.calendar ?? []) if (period.units) period.units = period.units.filter(known);
    booklet.resources = (booklet.resources ?? []).filter((r) => known(r.activity));
    booklet.preparedFeedback = (booklet.preparedFeedback ?? []).filter((f) => known(f.activity));
  }
  return project;
}

function renameIds(unit, suffix) {
  if (!suffix) return unit;
  unit.id += suffix;
  if (unit.title) unit.title += ` (${suffix.slice(2)})`;
  for (const activity of unit.activities ?? []) {
    activity.id += suffix;
    activity.tracked = false;
    for (const resource of activity.resources ?? []) if (resource.id) resource.id += suffix;
  }
  for (const sub of unit.units ?? []) renameIds(sub, suffix);
  return unit;
}

/** Keeps at most `left` activities in the unit (depth first); returns how many it kept. */
function trim(unit, left) {
  let kept = 0;
  unit.activities = (unit.activities ?? []).slice(0, Math.max(0, left));
  kept += unit.activities.length;
  const subs = [];
  for (const sub of unit.units ?? []) {
    if (kept >= left) break;
    kept += trim(sub, left - kept);
    subs.push(sub);
  }
  if (unit.units) unit.units = subs;
  delete unit.duration; // the declared duration no longer matches a cut unit
  return kept;
}
