import { describe, expect, test } from "vitest";
import { ENUM_TABLES, LABELS, buildViewModel, frenchDate, slugify } from "../../src/model/index.js";
import { trainingProjectSchema } from "../../src/schema/index.js";
import { fixtureProject, fixtureViewModel } from "./fixture.js";

/** Every enum of the schema, by JSON Pointer. */
function enumsOf(node: unknown, pointer = ""): [string, string[]][] {
  if (!node || typeof node !== "object") return [];
  const out: [string, string[]][] = [];
  const n = node as Record<string, unknown>;
  if (Array.isArray(n.enum)) out.push([pointer, n.enum as string[]]);
  for (const [key, child] of Object.entries(n)) {
    if (key === "enum") continue;
    out.push(...enumsOf(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  }
  return out;
}

describe("labels", () => {
  test("every enum value of the schema has a French label (MOD-1, ACT-2, RES-2, PRE-3)", () => {
    const enums = enumsOf(trainingProjectSchema());
    expect(enums.length).toBeGreaterThan(15);
    for (const [pointer, values] of enums) {
      const table = ENUM_TABLES[pointer];
      expect(table, `no label table for the enum at ${pointer}`).toBeDefined();
      const labels = LABELS[table!] as Record<string, string>;
      for (const value of values) expect(labels[value], `${pointer}: ${value}`).toMatch(/\S/);
    }
  });

  test("the seven modalities of D.1 are worded as the guide words them (MOD-1)", () => {
    expect(Object.values(LABELS.courseModality)).toEqual([
      "Hybride",
      "100 % en ligne tutorée",
      "Webinaire",
      "Classe virtuelle",
      "100 % en ligne en autonomie",
      "Présentiel enrichi",
      "Communauté de développement professionnel",
    ]);
  });
});

describe("dates in French, without the machine's locale", () => {
  test.each([
    ["2026-03-09", "lundi 9\u00a0mars\u00a02026", "09/03/2026"],
    ["2026-03-01", "dimanche 1er\u00a0mars\u00a02026", "01/03/2026"],
    ["2024-02-29", "jeudi 29\u00a0février\u00a02024", "29/02/2024"],
    ["2025-08-15", "vendredi 15\u00a0août\u00a02025", "15/08/2025"],
  ])("%s → %s", (iso, long, short) => {
    expect(frenchDate(iso)?.long).toBe(long);
    expect(frenchDate(iso)?.short).toBe(short);
  });

  test("an impossible date gives nothing", () => {
    expect(frenchDate("2026-02-30")).toBeUndefined();
  });
});

describe("view model", () => {
  test("sums durations per unit, activities + resources + sub-units (RES-4, REP-1)", () => {
    const vm = fixtureViewModel();
    const [u1, u2] = vm.units;
    // a1 45 min + its resource 15 min + a2 30 min
    expect(u1!.totals.all.minutes).toBe(90);
    expect(u1!.totals.all.text).toBe("1\u00a0h\u00a030");
    expect(u1!.declaredDuration?.minutes).toBe(90);
    expect(u1!.durationDiffers).toBe(false);
    expect(u2!.totals.all.text).toBe("2\u00a0h");
  });

  test("sums per modality: online / on site, synchronous / asynchronous (ACT-2)", () => {
    const t = fixtureViewModel().totals.computed;
    expect(t.all.minutes).toBe(210);
    expect(t.online.minutes).toBe(90);
    expect(t.onSite.minutes).toBe(120);
    expect(t.synchronous.minutes).toBe(150);
    expect(t.asynchronous.minutes).toBe(60);
    expect(t.online.text).toBe("1\u00a0h\u00a030");
  });

  test("sub-units count in their parent, trainer resources do not (RES-3)", () => {
    const vm = fixtureViewModel((p) => {
      p.units[0].units = [{ id: "u1a", title: "Sous-unité", activities: [{ id: "s1", title: "S", duration: "20 min", resources: [{ title: "Synthèse", audience: "trainer", duration: "1h" }] }] }];
    });
    expect(vm.units[0]!.totals.all.minutes).toBe(110);
    expect(vm.units[0]!.units[0]!.number).toBe("1.a");
    expect(vm.units[0]!.durationDiffers).toBe(true);
    expect(vm.allUnits.map((u) => u.id)).toEqual(["u1", "u1a", "u2"]);
  });

  test("objectives list the units and activities that cover them (UNI-1)", () => {
    const vm = fixtureViewModel();
    expect(vm.objectives[0]!.units.map((u) => u.id)).toEqual(["u1"]);
    expect(vm.objectives[0]!.activities.map((a) => a.number)).toEqual(["1.1", "1.2"]);
    expect(vm.objectives[1]!.activities.map((a) => a.id)).toEqual(["a3"]);
    expect(vm.objectives.every((o) => o.covered)).toBe(true);
  });

  test("the tracked activities make the progress bar (PRO-1, ORG-2)", () => {
    const vm = fixtureViewModel((p) => (p.settings = { trackingThreshold: 1 }));
    expect(vm.tracking.activities.map((a) => a.id)).toEqual(["a1", "a2"]);
    expect(vm.tracking.overThreshold).toBe(true);
  });

  test("activities carry French labels, modality text and their formatted duration (ACT-2)", () => {
    const a1 = fixtureViewModel().activities[0]!;
    expect(a1.kindLabel).toBe("Lecture");
    expect(a1.modalityText).toBe("Asynchrone, individuelle, en ligne");
    expect(a1.durationText).toBe("45\u00a0min");
    expect(a1.totalDuration.minutes).toBe(60);
    expect(a1.resources[0]!.formLabel).toBe("Texte");
  });

  test("every schema property is present, so strict templates can test optional ones", () => {
    const vm = fixtureViewModel();
    expect("goal" in vm.course).toBe(true);
    expect(vm.course.goal).toBeUndefined();
    expect(vm.session.trainers).toEqual([]);
    expect("logo" in vm.course.producer!).toBe(true);
  });

  test("document date: meta.date, else SOURCE_DATE_EPOCH, never the clock", () => {
    expect(fixtureViewModel().document.date?.iso).toBe("2026-03-09");
    const project = fixtureProject();
    delete project.meta;
    expect(buildViewModel(project, { sourceDateEpoch: 1_767_225_600 }).document.date?.iso).toBe("2026-01-01");
    expect(buildViewModel(project, { sourceDateEpoch: "" }).document.date).toBeUndefined();
  });

  test("course slug for file names", () => {
    expect(fixtureViewModel().course.slug).toBe("accueillir-le-public-difficile");
    expect(slugify("Œuvrer à l'égalité : 100 % !")).toBe("oeuvrer-a-l-egalite-100");
  });

  test("modalities in a sentence (MOD-1)", () => {
    expect(fixtureViewModel().course.modalitiesText).toBe("Hybride et classe virtuelle");
  });
});
