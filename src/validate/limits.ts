import type { Problem } from "../common/errors.js";
import { formatPath, type PathSegment } from "../common/json-path.js";
import type { SourceLocator } from "../load/source-map.js";

/**
 * The size of project mentor-docs supports (README, « Taille des projets »). Far above a real
 * course (the large example has 42 units, 180 activities, 2 levels), and low enough that every
 * command ends in bounded time and memory. Beyond them, `validate` says so, located, instead of
 * letting generation run for minutes.
 */
export const PROJECT_LIMITS = {
  /** Levels of units: a unit (1), its sub-units (2), theirs (3)… */
  unitDepth: 10,
  /** Units in all, sub-units included. */
  units: 1_000,
  /** Activities in all. */
  activities: 2_000,
} as const;

/**
 * Checks the limits on the raw data (before the schema, whose work grows with the data), walking
 * the units iteratively: a depth of 100,000 cannot overflow the stack. Data not shaped like
 * units (not arrays, not objects) is left to the schema. One problem per limit, at the first
 * unit or activity beyond it.
 */
export function limitProblems(data: unknown, source: SourceLocator): Problem[] {
  if (!data || typeof data !== "object" || !Array.isArray((data as { units?: unknown }).units)) return [];
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string, code: string) => {
    const { line, column } = source.locate(path);
    problems.push({ file: source.file, line, column, path: formatPath(path), message, code });
  };
  let units = 0;
  let activities = 0;
  let depthReported = false;
  let unitsReported = false;
  let activitiesReported = false;
  // Depth first, in file order; each entry knows its parent so that paths are built only when reported.
  interface Entry {
    unit: Record<string, unknown>;
    depth: number;
    index: number;
    parent?: Entry;
  }
  const pathOf = (entry: Entry): PathSegment[] => {
    const path: PathSegment[] = [];
    for (let e: Entry | undefined = entry; e; e = e.parent) path.push(e.index, "units");
    return path.reverse();
  };
  const push = (list: unknown[], depth: number, parent: Entry | undefined) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const unit = list[i];
      if (unit && typeof unit === "object" && !Array.isArray(unit)) stack.push({ unit: unit as Record<string, unknown>, depth, index: i, parent });
    }
  };
  const stack: Entry[] = [];
  push((data as { units: unknown[] }).units, 1, undefined);
  while (stack.length > 0) {
    const entry = stack.pop()!;
    units++;
    if (entry.depth > PROJECT_LIMITS.unitDepth && !depthReported) {
      depthReported = true;
      report(
        pathOf(entry),
        `unités imbriquées sur plus de ${PROJECT_LIMITS.unitDepth} niveaux : mentor-docs en admet ${PROJECT_LIMITS.unitDepth} au plus (unité, sous-unité…) ; regroupez les niveaux`,
        "limit.unit-depth",
      );
    }
    if (units > PROJECT_LIMITS.units && !unitsReported) {
      unitsReported = true;
      report(
        pathOf(entry),
        `plus de ${PROJECT_LIMITS.units.toLocaleString("fr-FR")} unités : mentor-docs en admet ${PROJECT_LIMITS.units.toLocaleString("fr-FR")} au plus, sous-unités comprises ; découpez le projet en plusieurs formations`,
        "limit.units",
      );
    }
    const own = entry.unit.activities;
    if (Array.isArray(own)) {
      if (activities + own.length > PROJECT_LIMITS.activities && !activitiesReported) {
        activitiesReported = true;
        report(
          [...pathOf(entry), "activities", PROJECT_LIMITS.activities - activities],
          `plus de ${PROJECT_LIMITS.activities.toLocaleString("fr-FR")} activités : mentor-docs en admet ${PROJECT_LIMITS.activities.toLocaleString("fr-FR")} au plus ; découpez le projet en plusieurs formations`,
          "limit.activities",
        );
      }
      activities += own.length;
    }
    if (Array.isArray(entry.unit.units)) push(entry.unit.units, entry.depth + 1, entry);
    if (depthReported && unitsReported && activitiesReported) break;
  }
  return problems;
}
