// YAML anchors, aliases and « << » merge keys, as people share settings between activities: the
// project reads as written, and a problem is shown where the text to fix is.
import { describe, expect, it } from "vitest";
import { parseProjectText } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";

const project = (activities: string) => `course:
  title: Ancres
units:
  - id: u1
    title: Unité
    activities:
${activities}`;

const shared = `      - &commun
        id: a1
        title: A
        duration: 30 min
        modality: { synchronous: false, grouping: GROUPING, place: online }
`;

describe("YAML anchors and merge keys", () => {
  it("« <<: *commun » takes the shared settings; keys written beside it win", () => {
    const loaded = parseProjectText(project(shared.replace("GROUPING", "individual") + "      - <<: *commun\n        id: a2\n        title: B\n"), "ancres.yaml");
    const result = validateProject(loaded);
    expect(result.problems).toEqual([]);
    const [first, second] = (loaded.data as any).units[0].activities;
    expect(second).toMatchObject({ id: "a2", title: "B", duration: "30 min", modality: first.modality });
  });

  it("a problem in shared settings is shown where the anchor writes them, for every activity that takes them", () => {
    const text = project(shared.replace("GROUPING", "solo") + "      - <<: *commun\n        id: a2\n        title: B\n");
    const { problems } = validateProject(parseProjectText(text, "ancres.yaml"));
    const grouping = problems.filter((p) => p.path.endsWith("modality.grouping"));
    expect(grouping.map((p) => p.path)).toEqual(["units[0].activities[0].modality.grouping", "units[0].activities[1].modality.grouping"]);
    const line = text.split("\n").findIndex((l) => l.includes("grouping: solo")) + 1;
    expect(grouping.every((p) => p.line === line)).toBe(true);
  });

  it("a whole activity used again (« - *commun ») is shown where it is used again", () => {
    const text = project(shared.replace("GROUPING", "individual") + "      - *commun\n");
    const { problems } = validateProject(parseProjectText(text, "ancres.yaml"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: "units[0].activities[1].id", code: "ref.duplicate-id", line: text.split("\n").length - 1, column: 9 });
    expect(problems[0]!.message).toMatch(/identifiant en double « a1 » : déjà utilisé ligne 8/);
  });
});
