import { describe, expect, test } from "vitest";
import { endTime, frenchTime, SELF_POSITIONING_SCALE } from "../../src/model/organisation.js";
import { fixtureViewModel } from "./fixture.js";

describe("view model for the livret du formateur and the carnet de bord", () => {
  test("appointment times in French, with the end time worked out from the duration (ACC-1)", () => {
    expect(frenchTime("09:00")).toBe("9\u00a0h");
    expect(frenchTime("14:05")).toBe("14\u00a0h\u00a005");
    expect(frenchTime("25:00")).toBeUndefined();
    expect(frenchTime(undefined)).toBeUndefined();
    expect(endTime("10:00", "1h30")).toBe("11\u00a0h\u00a030");
    expect(endTime("23:00", "2h")).toBeUndefined();
    expect(endTime("10:00", undefined)).toBeUndefined();
    const vm = fixtureViewModel((p) => {
      p.session = { appointments: [{ date: "2026-03-10", startTime: "13:45", duration: "45 min", activity: "a2" }] };
    });
    expect(vm.session.appointments[0]).toMatchObject({ startTimeText: "13\u00a0h\u00a045", endTimeText: "14\u00a0h\u00a030" });
  });

  test("synchronous activities with their appointments (MOD-2)", () => {
    const vm = fixtureViewModel((p) => {
      p.session = { appointments: [{ date: "2026-03-10", activity: "a2" }, { date: "2026-03-17", activity: "a2" }, { date: "2026-03-20" }] };
    });
    expect(vm.synchronousActivities.map((a) => a.id)).toEqual(vm.activities.filter((a) => a.modality?.synchronous === true).map((a) => a.id));
    expect(vm.synchronousActivities.map((a) => a.id)).toContain("a2");
    expect(vm.synchronousActivities.every((a) => a.modality?.synchronous === true)).toBe(true);
    expect(vm.synchronousActivities[0]!.appointments.map((a) => a.date)).toEqual(["2026-03-10", "2026-03-17"]);
  });

  test("workload of evaluated activities: sums for participants and trainers, activities without a workload counted (EVA-4)", () => {
    const vm = fixtureViewModel((p) => {
      for (const unit of p.units) for (const a of unit.activities ?? []) a.evaluation = "none";
      const [a1, a2] = p.units[0].activities;
      a1.evaluation = "peer";
      a1.workload = { learner: "45 min", trainer: "1h" };
      a2.evaluation = "trainer";
      a2.workload = { trainer: "1h30" };
    });
    expect(vm.evaluationWorkload.count).toBe(2);
    expect(vm.evaluationWorkload.learner).toEqual({ minutes: 45, text: "45\u00a0min" });
    expect(vm.evaluationWorkload.trainer).toEqual({ minutes: 150, text: "2\u00a0h\u00a030" });
    expect(vm.evaluationWorkload.withoutLearner).toBe(1);
    const none = fixtureViewModel((p) => {
      for (const unit of p.units) for (const a of unit.activities ?? []) delete a.evaluation;
    });
    expect(none.evaluationWorkload.count).toBe(0);
  });

  test("trainer resources: the booklet's and the activities' with audience trainer, with the activity served and the total (RES-3, RES-4)", () => {
    const vm = fixtureViewModel((p) => {
      p.trainerBooklet = { resources: [{ title: "Diaporama", duration: "20 min", activity: "a2" }] };
      p.units[0].activities[0].resources.push({ title: "Corrigé", audience: "trainer", duration: "10 min" });
    });
    expect(vm.trainerResources.map((r) => [r.title, r.activityRef?.id])).toEqual([
      ["Diaporama", "a2"],
      ["Corrigé", "a1"],
    ]);
    expect(vm.trainerResourcesDuration.minutes).toBe(30);
    // The carnet lists the unit's resources for participants only (RES-1).
    expect(vm.units[0]!.learnerResources.map((r) => [r.title, r.activityRef.id])).toEqual([["Guide de l'accueil", "a1"]]);
  });

  test("collaborative tools of E.5.d: declared or used by an activity, with the activities (PRE-3); tutored modalities (PRE-1)", () => {
    const vm = fixtureViewModel((p) => {
      p.presence = { tools: ["forum"] };
      p.course.modalities = ["online-self-paced"];
    });
    const byId = Object.fromEntries(vm.presenceTools.map((t) => [t.id, t]));
    expect(vm.presenceTools).toHaveLength(7);
    expect(byId.forum).toMatchObject({ label: "Forum", used: true, activities: [] });
    expect(byId["virtual-classroom"]).toMatchObject({ used: true, activities: [{ id: "a2" }] });
    expect(byId.poll!.used).toBe(false);
    expect(vm.tutored).toBe(false);
    expect(fixtureViewModel((p) => (p.course.modalities = ["hybrid"])).tutored).toBe(true);
    expect(vm.selfPositioningScale).toEqual([...SELF_POSITIONING_SCALE]);
    expect(vm.selfPositioningScale).toHaveLength(4);
  });
});
