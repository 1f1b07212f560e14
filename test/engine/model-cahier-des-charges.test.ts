import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { buildViewModel } from "../../src/model/index.js";
import { MODALITY_DESCRIPTIONS } from "../../src/model/specification.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { validateProject } from "../../src/validate/index.js";

function example(name: string): TrainingProject {
  const path = join(import.meta.dirname, "../../examples", name);
  const result = validateProject(parseProjectText(readFileSync(path, "utf8"), path));
  if (!result.valid) throw new Error(`${name} invalide`);
  return result.project;
}
const hybrid = () => example("hybride-management-equipe.yaml");
const selfPaced = () => example("autonomie-accessibilite-numerique.yaml");
const draft = () => example("drafts/cahier-des-charges-brouillon.yaml");

describe("view model of the cahier des charges (vm.specification)", () => {
  test("MOD-1: the seven modalities of the guide, each with a description and the provider's duties; the chosen ones", () => {
    const spec = buildViewModel(hybrid()).specification;
    expect(spec.modalities.map((m) => m.id)).toEqual(["hybrid", "online-tutored", "webinar", "virtual-classroom", "online-self-paced", "enhanced-on-site", "professional-community"]);
    for (const m of spec.modalities) {
      expect(m.description.length, m.id).toBeGreaterThan(40);
      expect(m.providerDuties, m.id).toMatch(/^Le titulaire /);
    }
    expect(spec.chosenModalities.map((m) => m.label)).toEqual(["Hybride", "Classe virtuelle"]);
    expect(buildViewModel(selfPaced()).specification.chosenModalities.map((m) => m.id)).toEqual(["online-self-paced"]);
    expect(Object.keys(MODALITY_DESCRIPTIONS)).toHaveLength(7);
  });

  test("RES-1, RES-3: every resource with the activity it serves, trainer booklet resources included", () => {
    const project = hybrid();
    const spec = buildViewModel(project).specification;
    const declared = (project.units ?? []).flatMap(function walk(u: any): any[] {
      return [...(u.activities ?? []).flatMap((a: any) => a.resources ?? []), ...(u.units ?? []).flatMap(walk)];
    });
    expect(spec.resources).toHaveLength(declared.length + project.trainerBooklet!.resources!.length);
    const slides = spec.resources.find((r) => r.id === "r-livret-diaporamas")!;
    expect(slides.activityRef).toEqual({ id: "a1-classe-lancement", number: "1.2", title: "Classe virtuelle de lancement" });
    expect(spec.resources.find((r) => r.id === "r2-etude-de-cas")!.activityRef?.number).toBe("2.2");
    expect(spec.resourceCounts).toEqual({ learner: declared.length, trainer: 2, withoutAudience: 0, total: declared.length + 2 });
  });

  test("RES-5: external links of resources and « pour aller plus loin », institutional hosts including the project's own", () => {
    const spec = buildViewModel(hybrid()).specification;
    const inrs = spec.externalLinks.find((l) => l.host === "www.inrs.fr")!;
    expect(inrs).toMatchObject({ institutional: true, place: "Pour aller plus loin" });
    const withoutSetting = hybrid();
    withoutSetting.settings!.institutionalHosts = [];
    expect(buildViewModel(withoutSetting).specification.externalLinks.find((l) => l.host === "www.inrs.fr")!.institutional).toBe(false);
    expect(spec.externalLinks.find((l) => l.title.startsWith("L'encadrement supérieur"))).toMatchObject({
      host: "www.fonction-publique.gouv.fr",
      institutional: true,
      place: "Ressource de l'activité 1.4",
      durationText: "20\u00a0min",
    });
    const blog = buildViewModel(draft()).specification.externalLinks[0]!;
    expect(blog).toMatchObject({ host: "blog.example.com", institutional: false, instructions: undefined });
  });

  test("ENT-2, AUT-2, UNI-2, EVA-1, EVA-2: the activities the requirements name", () => {
    const spec = buildViewModel(hybrid()).specification;
    expect(spec.positioningActivities.map((a) => a.id)).toEqual(["a1-positionnement"]);
    expect(spec.reflectiveActivities.length).toBeGreaterThan(0);
    expect(spec.reflectiveActivities.every((a) => a.reflective === true)).toBe(true);
    expect(spec.scormActivities).toEqual([]);
    expect(spec.wrappingActivities).toEqual([]);
    // Guide order: automatic tools, trainers, peers, self-positioning; only kinds in use.
    expect(spec.evaluationGroups.map((g) => g.id)).toEqual(["automatic", "trainer", "peer", "self-positioning"]);
    expect(spec.evaluationGroups.find((g) => g.id === "self-positioning")!.activities.map((a) => a.number)).toContain("1.1");
    expect(spec.individualTrainerEvaluated).toEqual([]);

    const changed = hybrid() as any;
    changed.units[0].activities[3].evaluation = "trainer";
    changed.units[0].activities[3].kind = "scorm";
    changed.units[0].activities[3].wrapsWholeCourse = true;
    const after = buildViewModel(changed).specification;
    expect(after.individualTrainerEvaluated.map((a) => a.number)).toEqual(["1.4"]);
    expect(after.scormActivities.map((a) => a.number)).toEqual(["1.4"]);
    expect(after.wrappingActivities.map((a) => a.number)).toEqual(["1.4"]);
  });

  test("ACT-1: activity counts per unit; units without any activity, sub-units counted", () => {
    const p = hybrid() as any;
    p.units.push({ id: "u7", title: "Vide", units: [{ id: "u7a", title: "Vide aussi" }] });
    p.units.push({ id: "u8", title: "Par ses sous-unités", units: [{ id: "u8a", title: "Avec activité", activities: [{ id: "x1", title: "Activité" }] }] });
    const spec = buildViewModel(p).specification;
    expect(spec.unitsWithoutActivity.map((u) => u.number)).toEqual(["7", "7.a"]);
    expect(spec.unitActivityCounts.find((u) => u.number === "8")).toEqual({ number: "8", title: "Par ses sous-unités", count: 0, depth: 0 });
    expect(spec.unitActivityCounts.find((u) => u.number === "1")!.count).toBe(4);
  });

  test("deliverables implied by the guide, with the project's figures; guidance only with synchronous times, trailer only when planned", () => {
    const vm = buildViewModel(hybrid());
    const titles = vm.specification.standardDeliverables.map((d) => d.title);
    expect(titles).toEqual([
      "Ressources pédagogiques",
      "Activités paramétrées",
      "Guidance des temps synchrones",
      "Livret du formateur",
      "Carnet de bord",
      "Attestation et open badge",
      "Fiche formation et fiche session",
      "Page d'accueil",
      "Questionnaire d'évaluation de la formation",
      "Bande-annonce vidéo",
    ]);
    const activities = vm.specification.standardDeliverables[1]!.description;
    expect(activities).toContain(`Les ${vm.activities.length} activités`);
    expect(activities).toContain(`dont ${vm.tracking.count} activités suivies`);
    expect(vm.specification.standardDeliverables[0]!.description).toContain(`Les ${vm.specification.resources.length} ressources`);

    const self = buildViewModel(selfPaced()).specification.standardDeliverables.map((d) => d.title);
    expect(self).not.toContain("Guidance des temps synchrones");
    const noTrailer = hybrid();
    delete noTrailer.course.trailer;
    noTrailer.recognition!.badge!.enabled = false;
    const titlesWithout = buildViewModel(noTrailer).specification.standardDeliverables.map((d) => d.title);
    expect(titlesWithout).not.toContain("Bande-annonce vidéo");
    expect(titlesWithout).toContain("Attestation de fin de formation");
  });

  test("award criteria total and publication", () => {
    const spec = buildViewModel(hybrid()).specification;
    expect(spec.awardWeightTotal).toBe(100);
    expect(spec.publication).toEqual({
      ownerSpace: "Ministère de la Transition écologique",
      openToSpaces: ["Ministère de l'Agriculture et de la Souveraineté alimentaire"],
      regions: ["Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté"],
      openToAll: false,
    });
    expect(buildViewModel(draft()).specification.awardWeightTotal).toBeUndefined();
  });

  test("conformity grid: the check given, else computed from the project; French status labels and findings", () => {
    const project = draft();
    const check = checkProject(project);
    const given = buildViewModel(project, { check }).specification.conformity;
    expect(given.rows.map((r) => r.requirement)).toEqual(check.grid.map((r) => r.requirement));
    expect(given.rows.map((r) => r.status)).toEqual(check.grid.map((r) => r.status));
    expect(given.missing).toBe(check.grid.filter((r) => r.status === "missing").length);
    expect(given.satisfied + given.missing + given.notApplicable + given.notChecked).toBe(given.total);
    expect(given.errors).toBe(check.summary.errors);
    const missing = given.rows.find((r) => r.status === "missing")!;
    expect(missing.statusLabel).toBe("manquante");
    expect(missing.messages).toEqual(check.grid.find((r) => r.requirement === missing.requirement)!.findings.map((f) => f.message));
    expect(given.rows.find((r) => r.requirement === "MOD-1")!.renderedInText).toBe("CDC, FIC, LIV");

    // A check that is not a check result is ignored: the grid is computed.
    expect(buildViewModel(project, { check: { nonsense: true } }).specification.conformity.rows.map((r) => r.status)).toEqual(given.rows.map((r) => r.status));
    // A check given for another state of the project is the one shown (the caller's check wins).
    const otherCheck = checkProject(hybrid());
    expect(buildViewModel(project, { check: otherCheck }).specification.conformity.missing).toBe(0);
  });
});
