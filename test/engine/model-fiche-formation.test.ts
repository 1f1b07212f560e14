import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseProjectText } from "../../src/load/load-project.js";
import { buildViewModel } from "../../src/model/index.js";
import { collectionView } from "../../src/model/collections.js";
import { hoursMinutesField } from "../../src/model/mentor-forms.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { validateProject } from "../../src/validate/index.js";
import { fixtureViewModel } from "./fixture.js";

function example(name: string): TrainingProject {
  const path = join(import.meta.dirname, "../../examples", name);
  const result = validateProject(parseProjectText(readFileSync(path, "utf8"), path));
  if (!result.valid) throw new Error(`${name} invalide`);
  return result.project;
}
const hybrid = () => buildViewModel(example("hybride-management-equipe.yaml"));
const selfPaced = () => buildViewModel(example("autonomie-accessibilite-numerique.yaml"));

describe("view model for the Mentor forms (FIC-1, FIC-2, PUB-1)", () => {
  test("durations as Mentor's hours box and 5-minute list", () => {
    expect(hoursMinutesField(13 * 60)).toEqual({ hours: "13", minutes: "00", rounded: false });
    expect(hoursMinutesField(95)).toEqual({ hours: "01", minutes: "35", rounded: false });
    expect(hoursMinutesField(92)).toEqual({ hours: "01", minutes: "30", rounded: true });
    expect(hoursMinutesField(118)).toEqual({ hours: "02", minutes: "00", rounded: true });
    expect(hoursMinutesField(undefined)).toEqual({ hours: "00", minutes: "00", rounded: false });
    // Both fields when one is given: Mentor's other box stays at 00.
    expect(selfPaced().mentor.estimated).toEqual({ online: { hours: "03", minutes: "00", rounded: false }, onSite: { hours: "00", minutes: "00", rounded: false } });
    expect(hybrid().mentor.sessionDurations?.onSite).toEqual({ hours: "07", minutes: "00", rounded: false });
    expect(fixtureViewModel((p) => delete p.course.estimatedDuration).mentor.estimated).toBeUndefined();
  });

  test("collections by short identifier or name, project's own ones, unknown ones flagged", () => {
    expect(hybrid().mentor.collections).toEqual([{ value: "management", name: "Management", known: true }]);
    expect(collectionView("numérique ET systèmes d'information et de communication").name).toBe("Numérique et systèmes d'information et de communication");
    expect(collectionView("accompagnement", [{ slug: "accompagnement", name: "Accompagnement des transitions professionnelles" }])).toEqual({
      value: "accompagnement",
      name: "Accompagnement des transitions professionnelles",
      known: true,
    });
    const vm = fixtureViewModel((p) => (p.course.collections = ["cuisine"]));
    expect(vm.mentor.unknownCollections.map((c) => c.name)).toEqual(["cuisine"]);
  });

  test("lengths against Mentor's limits; too long fields listed by their Mentor label", () => {
    const vm = hybrid();
    const phrase = vm.course.catchphrase!;
    expect(vm.mentor.lengths.catchphrase).toEqual({ length: [...phrase].length, max: 152, over: false, text: `${[...phrase].length}\u00a0caractères sur 152` });
    expect(vm.mentor.lengths.producerShortName?.max).toBe(18);
    const long = fixtureViewModel((p) => (p.course.prerequisites = "x".repeat(300)));
    expect(long.mentor.overLimit.map((o) => [o.label, o.length.length])).toEqual([["Prérequis", 300]]);
  });

  test("« Ouverte à » in Mentor's words, with the owning space and the spaces and PFRH regions to add (PUB-1)", () => {
    const vm = hybrid();
    expect(vm.mentor.openToChoice).toBe("Les utilisateurs de l'espace Ministère de la Transition écologique et des espaces dédiés suivants :");
    expect(vm.mentor.openToList).toEqual([
      "Ministère de l'Agriculture et de la Souveraineté alimentaire",
      "Auvergne-Rhône-Alpes (espace régional PFRH)",
      "Bourgogne-Franche-Comté (espace régional PFRH)",
    ]);
    expect(selfPaced().mentor.openToChoice).toBe("Tous les utilisateurs de tous les espaces dédiés");
  });

  test("trailer on Mentor's video platform or not", () => {
    expect(hybrid().mentor.trailerOnMentorVideo).toBe(true);
    expect(fixtureViewModel((p) => (p.course.trailer = "https://www.youtube.com/watch?v=x")).mentor.trailerOnMentorVideo).toBe(false);
    expect(fixtureViewModel((p) => delete p.course.trailer).mentor.trailerOnMentorVideo).toBeUndefined();
  });
});

describe("view model for the attestation (REC-1, REC-2)", () => {
  test("duration and dates: the session's when given, none for a permanent session", () => {
    const h = hybrid().attestation;
    expect(h.duration?.minutes).toBe(20 * 60);
    expect(h.durationDetail).toBe("13\u00a0h à distance et 7\u00a0h en présentiel");
    expect(h.period).toBe("du lundi 9\u00a0mars\u00a02026 au vendredi 17\u00a0avril\u00a02026");
    const s = selfPaced().attestation;
    expect(s.duration?.minutes).toBe(180);
    expect(s.durationDetail).toBeUndefined();
    expect(s.period).toBeUndefined();
  });

  test("issuer, criteria activities in a sentence, evaluation and time fields shown only when they apply", () => {
    const h = hybrid().attestation;
    expect(h.issuer).toBe("Centre de valorisation des ressources humaines de Lyon");
    expect(h.criteriaActivitiesText).toMatch(/^« Auto-positionnement d'entrée », .+ et « .+ »$/);
    expect(h.evaluated).toBe(true);
    expect(h.showsTimeSpent).toBe(true);
    const none = fixtureViewModel((p) => {
      for (const u of p.units ?? []) for (const a of u.activities ?? []) a.evaluation = "none";
      delete p.recognition?.criteria?.minimumTime;
      delete p.recognition?.issuer;
    });
    expect(none.attestation.evaluated).toBe(false);
    expect(none.attestation.showsTimeSpent).toBe(false);
    expect(none.attestation.issuer).toBe(none.course.organisation);
  });
});
