/**
 * Every requirement of the guide (the project's requirement data, src/check/guide-requirements.json) can be expressed in
 * the data model: each requirement ID maps to the schema paths that hold it, and each path exists.
 * A new requirement without a mapping here fails, as does a mapping whose path was renamed.
 */
import { describe, expect, it } from "vitest";
import { REQUIREMENTS } from "../../src/check/requirements.js";
import { trainingProjectSchema } from "../../src/schema/index.js";

const D = "$defs";
const course = (p: string) => `${D}.course.properties.${p}`;
const session = (p: string) => `${D}.session.properties.${p}`;
const activity = (p: string) => `${D}.activity.properties.${p}`;
const resource = (p: string) => `${D}.resource.properties.${p}`;
const unit = (p: string) => `${D}.unit.properties.${p}`;
const welcome = (p: string) => `${D}.welcome.properties.${p}`;
const presence = (p: string) => `${D}.presence.properties.${p}`;
const recognition = (p: string) => `${D}.recognition.properties.${p}`;
const booklet = (p: string) => `${D}.trainerBooklet.properties.${p}`;
const conclusion = (p: string) => `${D}.conclusion.properties.${p}`;

/** Requirement ID → the schema paths (dotted, from the schema's root) that hold it. */
const COVERAGE: Record<string, string[]> = {
  "MOD-1": [course("modalities"), `${D}.courseModality.enum`, course("mentorModality")],
  "MOD-2": [activity("guidance"), activity("modality.properties.synchronous"), `${D}.appointment`],
  "RES-1": [resource("instructions"), activity("resources"), resource("activity")],
  "RES-2": [resource("form")],
  "RES-3": [resource("audience"), booklet("resources")],
  "RES-4": [resource("duration")],
  "RES-5": [resource("url"), resource("instructions"), resource("duration"), `${D}.settings.properties.institutionalHosts`],
  "ACT-1": [unit("activities")],
  "ACT-2": [
    activity("modality"),
    activity("modality.properties.synchronous"),
    activity("modality.properties.grouping"),
    activity("modality.properties.place"),
    activity("duration"),
    activity("objectives"),
    activity("instructions"),
    activity("expectedOutput"),
  ],
  "ENT-1": [
    course("objectives"),
    course("estimatedDuration"),
    course("modalities"),
    course("calendar"),
    course("competences"),
    course("evaluationModalities"),
    course("registrationModalities"),
    course("prerequisites"),
    course("accompanimentModalities"),
  ],
  "ENT-2": [activity("positioning")],
  "AUT-1": [`${D}.navigation.properties.mode`],
  "AUT-2": [activity("reflective")],
  "AUT-3": [welcome("overview")],
  "REP-1": [unit("objectives"), unit("duration"), unit("modality"), unit("instructions"), activity("duration")],
  "PRO-1": [activity("tracked")],
  "PRO-2": [`properties.logbook`, `${D}.logbook.properties.introduction`, unit("reflectionPrompts")],
  "EVA-1": [activity("evaluation")],
  "EVA-2": [activity("evaluation"), activity("modality.properties.grouping"), course("certifying")],
  "EVA-3": [course("selfEvaluationPrivate")],
  "EVA-4": [activity("workload.properties.learner"), activity("workload.properties.trainer")],
  "REC-1": [
    recognition("attestation"),
    recognition("badge"),
    recognition("issuer"),
    recognition("criteria"),
    course("title"),
    course("estimatedDuration"),
    course("objectives"),
    course("competences"),
  ],
  "REC-2": [recognition("attestationType"), course("estimatedDuration"), session("startDate"), session("endDate")],
  "FIC-1": [course("title"), course("objectives"), course("pedagogicalApproach"), course("trailer")],
  "FIC-2": [
    session("effectiveDuration"),
    session("modality"),
    session("startDate"),
    session("endDate"),
    session("context"),
    session("targetAudience"),
    session("registration"),
  ],
  "ACC-1": [welcome("overview"), session("appointments"), welcome("progressCues"), welcome("evaluation"), welcome("contacts")],
  "ORG-1": [unit("reflectionPrompts")],
  "ORG-2": [activity("tracked"), `${D}.settings.properties.trackingThreshold`],
  "ORG-3": [
    course("pedagogicalApproach"),
    booklet("calendar"),
    booklet("setupInstructions"),
    activity("setup"),
    booklet("resources"),
    booklet("preparedFeedback"),
    booklet("proactiveMessages"),
  ],
  "UNI-1": ["properties.units", unit("objectives"), unit("units")],
  "UNI-2": [`${D}.navigation.properties.summaryBlock`, activity("wrapsWholeCourse")],
  "PRE-1": [presence("trainersBlock"), session("trainers")],
  "PRE-2": [presence("participantList"), presence("profileInvitation")],
  "PRE-3": [presence("tools"), presence("virtualClassroomTool")],
  "CON-1": [conclusion("objectivesReminder"), conclusion("evaluationQuestionnaire"), conclusion("furtherReading"), conclusion("credits")],
  "PUB-1": [session("ownerSpace"), session("openTo"), session("openToSpaces"), session("regions")],
  "TEC-1": [`${D}.tender.properties.technicalRequirements.properties.reference`],
};

/** The schema node at a dotted path, or undefined. */
function nodeAt(path: string): unknown {
  let node: unknown = trainingProjectSchema();
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

describe("the schema can express every requirement of the guide", () => {
  const ids = REQUIREMENTS.map((r) => r.id);

  it("the requirement data is read (it has the guide's rows)", () => {
    expect(ids.length).toBeGreaterThanOrEqual(37);
    expect(ids).toContain("ACT-2");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every requirement ID of the data has a mapping, and every mapping a row", () => {
    expect(ids.filter((id) => !(id in COVERAGE))).toEqual([]);
    expect(Object.keys(COVERAGE).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(Object.entries(COVERAGE))("%s: every schema path it maps to exists", (_id, paths) => {
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => nodeAt(path) === undefined)).toEqual([]);
  });

  it("a path that does not exist is detected", () => {
    expect(nodeAt(activity("modality"))).toBeDefined();
    expect(nodeAt(activity("modalite"))).toBeUndefined();
  });
});
