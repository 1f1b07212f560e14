import type { Activity, TrainingProject } from "../schema/index.js";

/**
 * Whether an activity serves the course's organisation (welcome, positioning, the evaluation
 * questionnaire) rather than its objectives. Such an activity is not asked for objectives (ACT-2)
 * and stays out of the objective-coverage tables. Said by `purpose`; without it, the conclusion's
 * evaluation questionnaire is one, and so is a positioning activity that names no objective.
 */
export function isOrganisational(activity: Activity, project: Pick<TrainingProject, "conclusion">): boolean {
  if (activity.purpose !== undefined) return activity.purpose === "organisation";
  if (activity.id !== undefined && activity.id === project.conclusion?.evaluationQuestionnaire) return true;
  return activity.positioning === true && (activity.objectives ?? []).length === 0;
}
