import type { PathSegment } from "../../common/json-path.js";
import { appointmentActivities } from "../../model/appointments.js";
import { warning } from "../finding.js";
import { filled, some } from "../text.js";
import type { CheckContext, Rule, RuleFinding } from "../types.js";

/**
 * The parts of the trainer booklet (guide E.3.c): a warning for each missing. Proactive messages
 * are optional in the guide ("le cas échéant"), so their absence is not reported.
 */
const PARTS: { path: PathSegment[]; present: (ctx: CheckContext) => boolean; message: string }[] = [
  {
    path: ["course", "pedagogicalApproach"],
    present: ({ project }) => some(project.course?.objectives) && filled(project.course?.pedagogicalApproach),
    message:
      "Le livret du formateur n'aurait pas les objectifs et l'approche pédagogique choisie : renseignez « course.objectives » et « course.pedagogicalApproach ».",
  },
  {
    path: ["units"],
    present: ({ activities }) => activities.length > 0,
    message: "Le livret du formateur n'aurait pas de scénario pédagogique : décrivez les unités et leurs activités dans « units ».",
  },
  {
    path: ["trainerBooklet", "calendar"],
    present: ({ project }) => some(project.trainerBooklet?.calendar),
    message: "Le livret du formateur ne propose pas de calendrier : ajoutez dans « trainerBooklet.calendar » un déroulé, par semaines par exemple.",
  },
  {
    path: ["trainerBooklet", "setupInstructions"],
    present: ({ project, activities }) => filled(project.trainerBooklet?.setupInstructions) || activities.some(({ activity }) => filled(activity?.setup)),
    message:
      "Le livret du formateur ne donne pas de consignes de mise en place des activités : rédigez « trainerBooklet.setupInstructions » ou le « setup » de chaque activité.",
  },
  {
    path: ["trainerBooklet", "resources"],
    present: ({ project, resources }) => some(project.trainerBooklet?.resources) || resources.some(({ resource }) => resource?.audience === "trainer"),
    message:
      "Le livret du formateur ne propose pas de documents ni de ressources complémentaires : ajoutez-les dans « trainerBooklet.resources ».",
  },
  {
    path: ["trainerBooklet", "preparedFeedback"],
    present: ({ project }) => some(project.trainerBooklet?.preparedFeedback),
    message:
      "Le livret du formateur ne contient pas de synthèses ni de rétroactions préparées à l'avance : ajoutez-les dans « trainerBooklet.preparedFeedback ».",
  },
];

export const ORG_3: Rule = {
  requirement: "ORG-3",
  section: "E.3.c",
  severities: ["warning"],
  checks:
    "Le livret du formateur a ses parties : objectifs et approche, scénario, calendrier, consignes de mise en place, ressources complémentaires, synthèses préparées (les messages proactifs sont facultatifs) : un avertissement par partie manquante ; chaque rendez-vous synchrone du calendrier correspond à une activité synchrone.",
  check: (ctx) => [...PARTS.filter(({ present }) => !present(ctx)).map(({ path, message }) => warning(path, message)), ...unmatchedAppointments(ctx)],
};

/** The livret shows each appointment with its activity: one that matches none would stand alone in the calendar. */
function unmatchedAppointments({ project }: CheckContext): RuleFinding[] {
  return appointmentActivities(project).flatMap((activity, i) =>
    activity === undefined
      ? [
          warning(
            ["session", "appointments", i],
            `Le rendez-vous du ${project.session!.appointments![i]!.date} ne correspond à aucune activité synchrone : donnez dans « activity » l'identifiant de l'activité qu'il planifie, ou placez-le dans les dates de son unité.`,
          ),
        ]
      : [],
  );
}
