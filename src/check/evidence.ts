import { filled, some } from "./text.js";
import type { CheckContext } from "./types.js";

/**
 * Requirements the guide leaves unchecked ("—" in the table): the grid shows them "satisfied" when
 * the data plainly provides them, "not checked" otherwise — never "missing", since nothing obliges
 * the project to describe them.
 */
export const EVIDENCE: Record<string, (ctx: CheckContext) => boolean> = {
  "RES-2": ({ resources }) => resources.length > 0 && resources.every(({ resource }) => filled(resource?.form)),
  "RES-3": ({ resources }) => resources.length > 0 && resources.every(({ resource, activity }) => !activity || filled(resource?.audience)),
  "AUT-3": ({ project }) => {
    const o = project.welcome?.overview;
    return filled(o?.form) || filled(o?.description) || filled(o?.file);
  },
  "PRO-2": ({ project }) => filled(project.logbook?.introduction) || some(project.logbook?.finalQuestions),
  "EVA-1": ({ activities }) => activities.some(({ activity }) => activity?.evaluation !== undefined && activity.evaluation !== "none"),
  "EVA-3": ({ project }) => project.course?.selfEvaluationPrivate === true,
  "REC-2": ({ project }) => {
    const d = project.course?.estimatedDuration;
    return project.recognition?.attestation === true && project.recognition.attestationType === "participation" && (filled(d?.online) || filled(d?.onSite));
  },
  "ORG-1": ({ units }) => units.length > 0 && units.every(({ unit }) => some(unit?.reflectionPrompts)),
  "PRE-2": ({ project }) => project.presence?.participantList === true && project.presence.profileInvitation === true,
  "PRE-3": ({ project }) => some(project.presence?.tools),
  "TEC-1": ({ project }) => filled(project.tender?.technicalRequirements?.reference),
};
