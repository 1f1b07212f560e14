import type { Problem } from "../common/errors.js";
import { formatPath, type PathSegment } from "../common/json-path.js";
import { allActivities, allResources, allUnits } from "../common/project-walk.js";
import { closest } from "../common/suggest.js";
import type { SourceLocator } from "../load/source-map.js";
import type { TrainingProject } from "../schema/index.js";

type Kind = "objectif" | "unité" | "activité" | "ressource";

/** French articles agree with the noun: « aucune activité », « un objectif ». */
const ARTICLE: Record<Kind, { un: string; aucun: string }> = {
  objectif: { un: "un", aucun: "aucun" },
  unité: { un: "une", aucun: "aucune" },
  activité: { un: "une", aucun: "aucune" },
  ressource: { un: "une", aucun: "aucune" },
};

/**
 * What the schema cannot express: ids unique across the project, every reference resolved, and
 * dates in order.
 */
export function crossCheckProblems(project: TrainingProject, source: SourceLocator): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string, code: string) => {
    const { line, column } = source.locate(path);
    problems.push({ file: source.file, line, column, path: formatPath(path), message, code });
  };

  // Ids: one namespace for the whole project, so that any reference is unambiguous.
  const ids = new Map<string, { kind: Kind; path: PathSegment[] }>();
  const declare = (id: string | undefined, kind: Kind, path: PathSegment[]) => {
    if (id === undefined) return;
    const first = ids.get(id);
    if (first) {
      const { line } = source.locate(first.path);
      report([...path, "id"], `identifiant en double « ${id} » : déjà utilisé ligne ${line} (${first.kind})`, "ref.duplicate-id");
    } else ids.set(id, { kind, path: [...path, "id"] });
  };
  (project.course.objectives ?? []).forEach((o, i) => declare(o.id, "objectif", ["course", "objectives", i]));
  for (const { unit, path } of allUnits(project)) declare(unit.id, "unité", path);
  for (const { activity, path } of allActivities(project)) declare(activity.id, "activité", path);
  for (const { resource, path } of allResources(project)) declare(resource.id, "ressource", path);

  const expect = (ref: string | undefined, kind: Kind, path: PathSegment[]) => {
    if (ref === undefined) return;
    const target = ids.get(ref);
    if (target?.kind === kind) return;
    const sameKind = [...ids].filter(([, t]) => t.kind === kind).map(([id]) => id);
    const guess = closest(ref, sameKind);
    const what = target
      ? `« ${ref} » désigne ${ARTICLE[target.kind].un} ${target.kind}, pas ${ARTICLE[kind].un} ${kind}`
      : `${ARTICLE[kind].aucun} ${kind} ne porte l'identifiant « ${ref} »`;
    const hint = guess ? ` ; vouliez-vous dire « ${guess} » ?` : sameKind.length ? ` ; identifiants connus : ${sameKind.slice(0, 8).join(", ")}` : "";
    report(path, `référence inconnue : ${what}${hint}`, "ref.dangling");
  };

  for (const { unit, path } of allUnits(project)) {
    (unit.objectives ?? []).forEach((ref, i) => expect(ref, "objectif", [...path, "objectives", i]));
    checkOrder(unit.startDate, unit.endDate, path, report);
  }
  for (const { activity, path } of allActivities(project)) {
    (activity.objectives ?? []).forEach((ref, i) => expect(ref, "objectif", [...path, "objectives", i]));
  }
  for (const { resource, path } of allResources(project)) expect(resource.activity, "activité", [...path, "activity"]);
  expect(project.conclusion?.evaluationQuestionnaire, "activité", ["conclusion", "evaluationQuestionnaire"]);
  (project.recognition?.criteria?.activities ?? []).forEach((ref, i) =>
    expect(ref, "activité", ["recognition", "criteria", "activities", i]),
  );
  const session = project.session;
  checkOrder(session?.startDate, session?.endDate, ["session"], report);
  (session?.appointments ?? []).forEach((appointment, i) => {
    const path: PathSegment[] = ["session", "appointments", i];
    expect(appointment.activity, "activité", [...path, "activity"]);
    const outside =
      (session?.startDate && appointment.date < session.startDate) || (session?.endDate && appointment.date > session.endDate);
    if (outside) {
      report([...path, "date"], `le rendez-vous du ${appointment.date} est en dehors des dates de la session`, "date.order");
    }
  });
  (project.trainerBooklet?.calendar ?? []).forEach((period, i) => {
    const path: PathSegment[] = ["trainerBooklet", "calendar", i];
    (period.units ?? []).forEach((ref, j) => expect(ref, "unité", [...path, "units", j]));
    checkOrder(period.startDate, period.endDate, path, report);
  });
  (project.trainerBooklet?.preparedFeedback ?? []).forEach((feedback, i) =>
    expect(feedback.activity, "activité", ["trainerBooklet", "preparedFeedback", i, "activity"]),
  );
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function checkOrder(
  start: string | undefined,
  end: string | undefined,
  path: PathSegment[],
  report: (path: PathSegment[], message: string, code: string) => void,
) {
  // ISO dates compare as strings.
  if (start && end && end < start) {
    report([...path, "endDate"], `la date de fin (${end}) précède la date de début (${start})`, "date.order");
  }
}
