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
  return { ...base, units };
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
