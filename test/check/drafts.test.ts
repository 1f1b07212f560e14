import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";

const DRAFT = "examples/drafts/cahier-des-charges-brouillon.yaml";

async function check(file: string) {
  const loaded = await loadProjectFile(file);
  const validation = validateProject(loaded);
  if (!validation.valid) throw new Error(JSON.stringify(validation.problems));
  return checkProject(validation.project, loaded.source);
}

/** Line of the first line containing `needle` in the draft. */
const text = readFileSync(DRAFT, "utf8").split("\n");
const at = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;

describe("examples/drafts: a half-written draft tender is valid and the check lists what it lacks", () => {
  it("ACT-2, REP-1, ENT-1, FIC-1, FIC-2, PUB-1, ACC-1, CON-1, REC-1, RES-1, RES-4, RES-5, MOD-2, PRE-1, ORG-3: the draft's findings", async () => {
    const result = await check(DRAFT);
    const got = result.findings.map((f) => `${f.requirement} ${f.severity} ${f.path} @${f.line}`).sort();
    const expected = [
      // Activity « Étude de cas »: no modality, no instructions.
      `ACT-2 error units[0].activities[1].modality @${at("- id: a2")}`,
      `ACT-2 error units[0].activities[1].instructions @${at("- id: a2")}`,
      // Unit « Agir »: no duration, modality, instructions.
      `REP-1 error units[1].duration @${at("- id: u2")}`,
      `REP-1 error units[1].modality @${at("- id: u2")}`,
      `REP-1 error units[1].instructions @${at("- id: u2")}`,
      // Entry: calendar, competences, evaluation, registration, accompaniment.
      `ENT-1 error course @${at("title: Prévenir")}`,
      `ENT-1 error course.competences @${at("title: Prévenir")}`,
      `ENT-1 error course.evaluationModalities @${at("title: Prévenir")}`,
      `ENT-1 error course.registrationModalities @${at("title: Prévenir")}`,
      `ENT-1 error course.accompanimentModalities @${at("title: Prévenir")}`,
      `FIC-1 error course.pedagogicalApproach @${at("title: Prévenir")}`,
      `FIC-1 info course.trailer @${at("title: Prévenir")}`,
      // No session, welcome, conclusion, recognition yet: reported where the document starts (its first key).
      `FIC-2 error session.startDate @${at("meta:")}`,
      `PUB-1 error session.ownerSpace @${at("meta:")}`,
      `ACC-1 error welcome.contacts @${at("meta:")}`,
      `CON-1 error conclusion.evaluationQuestionnaire @${at("meta:")}`,
      `CON-1 warning conclusion.objectivesReminder @${at("meta:")}`,
      `CON-1 warning conclusion.furtherReading @${at("meta:")}`,
      `CON-1 warning conclusion.credits @${at("meta:")}`,
      `REC-1 error recognition @${at("meta:")}`,
      `PRE-1 warning session.trainers @${at("meta:")}`,
      `ORG-3 warning course.pedagogicalApproach @${at("title: Prévenir")}`,
      `ORG-3 warning trainerBooklet.calendar @${at("meta:")}`,
      `ORG-3 warning trainerBooklet.setupInstructions @${at("meta:")}`,
      `ORG-3 warning trainerBooklet.resources @${at("meta:")}`,
      `ORG-3 warning trainerBooklet.preparedFeedback @${at("meta:")}`,
      // The blog article: no instruction, no duration, not institutional.
      `RES-1 warning units[0].activities[1].resources[0].instructions @${at("- title: Article de blog")}`,
      `RES-4 warning units[0].activities[1].resources[0].duration @${at("- title: Article de blog")}`,
      `RES-5 warning units[0].activities[1].resources[0] @${at("- title: Article de blog")}`,
      `RES-5 warning units[0].activities[1].resources[0].url @${at("url: https://blog.example.com")}`,
      // 6 h announced for 4 h of activities; unit « Repérer »: 2 h for 1 h.
      `RES-4 warning course.estimatedDuration @${at("online: 3h")}`,
      `RES-4 warning units[0].duration @${at("duration: 2h")}`,
      // The on-site day has no guidance for its trainers.
      `MOD-2 warning units[1].activities[0].guidance @${at("- id: a3")}`,
      `AUT-2 info units @${at("- id: u1")}`,
      // The tender part: no form, no warranty, nothing to price yet (the consultation's own parameters).
      `MAR-1 error tender @${at("  buyer:")}`,
      `MAR-1 error tender @${at("  buyer:")}`,
      `MAR-1 error tender @${at("  buyer:")}`,
    ].sort();
    expect(got).toEqual(expected);
    expect(result.summary).toMatchObject({ errors: 19, warnings: 16, infos: 2 });
  });
});
