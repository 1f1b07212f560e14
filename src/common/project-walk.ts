import type { PathSegment } from "./json-path.js";
import type { Activity, Resource, TrainingProject, Unit } from "../schema/index.js";

/** A unit with where it stands: its JSON path and depth (0 for a top-level unit). */
export interface UnitAt {
  unit: Unit;
  path: PathSegment[];
  depth: number;
  parent?: Unit;
}
export interface ActivityAt {
  activity: Activity;
  path: PathSegment[];
  unit: Unit;
}
export interface ResourceAt {
  resource: Resource;
  path: PathSegment[];
  /** The activity that declares it, if any (trainer booklet resources have none). */
  activity?: Activity;
}

/** Every unit, sub-units included, in document order (depth first). */
export function allUnits(project: TrainingProject): UnitAt[] {
  const out: UnitAt[] = [];
  const visit = (units: readonly Unit[] | undefined, path: PathSegment[], depth: number, parent?: Unit) => {
    (units ?? []).forEach((unit, i) => {
      const at = [...path, i];
      out.push({ unit, path: at, depth, parent });
      visit(unit.units, [...at, "units"], depth + 1, unit);
    });
  };
  visit(project.units, ["units"], 0);
  return out;
}

/** Every activity, in document order. */
export function allActivities(project: TrainingProject): ActivityAt[] {
  return allUnits(project).flatMap(({ unit, path }) =>
    (unit.activities ?? []).map((activity, i) => ({ activity, unit, path: [...path, "activities", i] })),
  );
}

/** Every resource: those of activities, then the trainer booklet's. */
export function allResources(project: TrainingProject): ResourceAt[] {
  const inActivities = allActivities(project).flatMap(({ activity, path }) =>
    (activity.resources ?? []).map((resource, i) => ({ resource, activity, path: [...path, "resources", i] })),
  );
  const inBooklet = (project.trainerBooklet?.resources ?? []).map((resource, i) => ({
    resource,
    path: ["trainerBooklet", "resources", i] as PathSegment[],
  }));
  return [...inActivities, ...inBooklet];
}
