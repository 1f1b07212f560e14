import type { Activity } from "../../schema/index.js";
import { minutesOf } from "../durations.js";
import { warning } from "../finding.js";
import { listFr, quoted, titleOf } from "../text.js";
import type { Rule } from "../types.js";

const isEvaluated = (a: Activity) => a?.evaluation !== undefined && a.evaluation !== "none";

export const EVA_4: Rule = {
  requirement: "EVA-4",
  section: "D.8",
  severities: ["warning"],
  checks:
    "Chaque activité évaluée estime sa charge de travail (workload) pour le participant, et pour le formateur quand il évalue ou anime l'évaluation (par le formateur ou par les pairs).",
  applies: ({ activities }) => activities.some(({ activity }) => isEvaluated(activity)),
  check: ({ activities }) =>
    activities
      .filter(({ activity }) => isEvaluated(activity))
      .flatMap(({ activity, path }) => {
        const missing = [
          ...(minutesOf(activity.workload?.learner) === undefined ? ["pour le participant (« learner »)"] : []),
          ...((activity.evaluation === "trainer" || activity.evaluation === "peer") && minutesOf(activity.workload?.trainer) === undefined
            ? ["pour le formateur (« trainer »)"]
            : []),
        ];
        return missing.length === 0
          ? []
          : [
              warning(
                [...path, "workload"],
                `L'activité évaluée ${quoted(titleOf(activity))} n'estime pas sa charge de travail ${listFr(missing)} : indiquez-la dans « workload », elle est annoncée dans le livret du formateur.`,
              ),
            ];
      }),
};
