import { formatDuration } from "../../common/duration.js";
import { consultedByLearners, courseTime, minutesOf, outsideTolerance, unitTime, type ContentTime } from "../durations.js";
import { warning } from "../finding.js";
import { quoted, titleOf } from "../text.js";
import type { CheckContext, Rule, RuleFinding } from "../types.js";

/**
 * RES-4: each resource consulted by participants has a consultation duration, and — because that
 * time counts in the training time — announced durations (the course's and the units') match the
 * sum of their activities and resources within the tolerance.
 */
export const RES_4: Rule = {
  requirement: "RES-4",
  section: "D.2",
  severities: ["warning"],
  checks:
    "Chaque ressource destinée aux participants a une durée de consultation ; la durée annoncée de la formation et celle de chaque unité correspondent, à la tolérance près (10 % par défaut), à la somme des durées des activités, des ressources et des sous-unités.",
  check: (ctx) => [...missingDurations(ctx), ...durationMismatches(ctx)],
};

function missingDurations({ resources }: CheckContext): RuleFinding[] {
  return resources
    .filter((at) => consultedByLearners(at) && minutesOf(at.resource.duration) === undefined)
    .map(({ resource, path }) =>
      warning(
        [...path, "duration"],
        `La ressource ${quoted(titleOf(resource))} n'a pas de durée de consultation : indiquez-la dans « duration » (ex. « 10 min ») ; ce temps compte dans la durée de la formation.`,
      ),
    );
}

function durationMismatches(ctx: CheckContext): RuleFinding[] {
  const tolerance = ctx.settings.durationTolerance;
  const out: RuleFinding[] = [];
  const course = ctx.project.course?.estimatedDuration;
  const online = minutesOf(course?.online);
  const onSite = minutesOf(course?.onSite);
  if (online !== undefined || onSite !== undefined) {
    const declared = (online ?? 0) + (onSite ?? 0);
    const mismatch = compare(declared, courseTime(ctx.project.units), tolerance);
    if (mismatch) {
      out.push(
        warning(
          ["course", "estimatedDuration"],
          `La durée estimée de la formation (${formatDuration(declared)}, en ligne et en présence) ne correspond pas à la somme des durées des activités et des ressources (${mismatch}) : corrigez « estimatedDuration » ou les durées des activités.`,
        ),
      );
    }
  }
  for (const { unit, path } of ctx.units) {
    const declared = minutesOf(unit?.duration);
    if (declared === undefined) continue;
    const mismatch = compare(declared, unitTime(unit), tolerance);
    if (mismatch) {
      out.push(
        warning(
          [...path, "duration"],
          `La durée annoncée de l'unité ${quoted(titleOf(unit))} (${formatDuration(declared)}) ne correspond pas à la somme des durées de ses activités, ressources et sous-unités (${mismatch}) : corrigez l'une ou l'autre.`,
        ),
      );
    }
  }
  return out;
}

/** The wording of the gap when it exceeds the tolerance, else undefined. Nothing to compare when no duration is known. */
function compare(declared: number, content: ContentTime, tolerance: number): string | undefined {
  if (content.minutes === 0 || !outsideTolerance(declared, content.minutes, tolerance)) return undefined;
  const gap = formatDuration(Math.abs(content.minutes - declared));
  const unknown = content.activitiesWithoutDuration;
  const partial = unknown > 0 ? `, sans compter ${unknown} activité${unknown > 1 ? "s" : ""} sans durée` : "";
  return `${formatDuration(content.minutes)}${partial} ; l'écart de ${gap} dépasse la tolérance de ${tolerance}\u00a0%`;
}
