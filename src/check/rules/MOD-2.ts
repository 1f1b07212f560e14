import type { Activity } from "../../schema/index.js";
import { warning } from "../finding.js";
import { filled, quoted, titleOf } from "../text.js";
import type { Rule } from "../types.js";

/** Synchronous when the modality says so; otherwise a virtual classroom or an on-site session is. */
export function isSynchronous(activity: Activity): boolean {
  return activity?.modality?.synchronous ?? (activity?.kind === "virtual-classroom" || activity?.kind === "on-site");
}

export const MOD_2: Rule = {
  requirement: "MOD-2",
  section: "D.1",
  severities: ["warning"],
  checks: "Chaque activité synchrone (classe virtuelle, présentiel) fournit une guidance à l'équipe qui l'anime (guidance).",
  applies: ({ activities }) => activities.some(({ activity }) => isSynchronous(activity)),
  check: ({ activities }) =>
    activities
      .filter(({ activity }) => isSynchronous(activity) && !filled(activity.guidance))
      .map(({ activity, path }) =>
        warning(
          [...path, "guidance"],
          `L'activité synchrone ${quoted(titleOf(activity))} ne fournit pas de guidance à l'équipe qui l'anime : décrivez dans « guidance » les supports, le scénario et les consignes d'animation.`,
        ),
      ),
};
