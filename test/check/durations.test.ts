import { describe, expect, it } from "vitest";
import { checkYaml, findings, lineOf } from "./helpers.js";

/** Durations that do not add up are reported under RES-4 (consultation time counts in the training time). */
const project = (declared: string, unitDuration: string, settings = "") => `course:
  title: T
  estimatedDuration:
    online: ${declared}
units:
  - id: u1
    title: Module 1
    duration: ${unitDuration}
    activities:
      - id: a1
        title: Lecture
        duration: 30 min
        resources:
          - title: Fiche
            duration: 10 min
          - title: Corrigé
            audience: trainer
            duration: 1h
    units:
      - id: u1a
        title: Sous-module
        activities:
          - id: a2
            title: Quiz
            duration: 20 min
${settings}`;

const mismatches = (yaml: string) =>
  findings(checkYaml(yaml), "RES-4").filter((f) => /ne correspond pas/.test(f.message));

describe("RES-4: durations that do not add up", () => {
  it("RES-4: a unit's duration matching its activities, resources and sub-units (trainer resources excluded) is accepted", () => {
    expect(mismatches(project("1h", "1h"))).toEqual([]);
  });

  it("RES-4: the course's declared duration beyond the default 10 % tolerance is a warning on estimatedDuration", () => {
    const yaml = project("2h", "1h");
    const [finding, ...rest] = mismatches(yaml);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "warning", path: "course.estimatedDuration", section: "D.2" });
    expect(finding!.line).toBe(lineOf(yaml, "online: 2h"));
    const message = finding!.message.replace(/\u00a0/g, " ");
    expect(message).toContain("(2 h,");
    expect(message).toContain("(1 h ;");
    expect(message).toContain("tolérance de 10 %");
  });

  it("RES-4: a gap within the tolerance is accepted, and settings.durationTolerance tightens it", () => {
    // 1 h 05 declared for 1 h of content: 8 % off.
    expect(mismatches(project("1h05", "1h"))).toEqual([]);
    const strict = mismatches(project("1h05", "1h", "settings:\n  durationTolerance: 5\n"));
    expect(strict).toHaveLength(1);
    expect(strict[0]!.message.replace(/\u00a0/g, " ")).toContain("tolérance de 5 %");
  });

  it("RES-4: a unit whose declared duration differs from its content is a warning on the unit's duration", () => {
    const yaml = project("2h", "2h");
    const unit = mismatches(yaml).filter((f) => f.path === "units[0].duration");
    expect(unit).toHaveLength(1);
    expect(unit[0]!.line).toBe(lineOf(yaml, "duration: 2h"));
    expect(unit[0]!.message).toContain("Module 1");
  });

  it("RES-4: activities without duration are named in the message, and nothing is compared when no duration is known", () => {
    const yaml = `course:
  title: T
  estimatedDuration: { online: 3h }
units:
  - id: u1
    title: U
    activities:
      - { id: a1, title: A, duration: 1h }
      - { id: a2, title: B }
`;
    const [finding] = mismatches(yaml);
    expect(finding!.message).toMatch(/sans compter 1 activité sans durée/);
    const none = "course:\n  title: T\n  estimatedDuration: { online: 3h }\nunits:\n  - id: u1\n    title: U\n    activities:\n      - { id: a1, title: A }\n";
    expect(mismatches(none)).toEqual([]);
  });
});
