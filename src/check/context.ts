import { allActivities, allResources, allUnits } from "../common/project-walk.js";
import type { TrainingProject } from "../schema/index.js";
import { DEFAULT_INSTITUTIONAL_HOSTS } from "./hosts.js";
import type { CheckContext } from "./types.js";

export const DEFAULT_TRACKING_THRESHOLD = 15;
export const DEFAULT_DURATION_TOLERANCE = 10;

/** Walks the project once and applies the settings' defaults. */
export function buildContext(project: TrainingProject): CheckContext {
  const units = allUnits(project);
  const activities = allActivities(project);
  const activityById = new Map(activities.filter((a) => a.activity?.id).map((a) => [a.activity.id, a]));
  const settings = project.settings;
  return {
    project,
    units,
    activities,
    resources: allResources(project),
    activityById,
    settings: {
      trackingThreshold: settings?.trackingThreshold ?? DEFAULT_TRACKING_THRESHOLD,
      durationTolerance: settings?.durationTolerance ?? DEFAULT_DURATION_TOLERANCE,
      institutionalHosts: [...DEFAULT_INSTITUTIONAL_HOSTS, ...(settings?.institutionalHosts ?? [])],
    },
  };
}
