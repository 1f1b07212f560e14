import { join, resolve, sep } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_STEM_LENGTH, learnerFileName, pathInside, slugify } from "../../src/attestations/naming.js";

const OUT = resolve("/tmp/mentor-docs-out");
const inside = (path: string) => path.startsWith(OUT + sep) && !path.slice(OUT.length + 1).includes(sep);

describe("learner file names (REC-2)", () => {
  it("REC-2 nom-prenom.docx, accents folded, lowercase", () => {
    const taken = new Set<string>();
    expect(learnerFileName({ lastName: "D'Aubigné", firstName: "Ève-Marie" }, taken)).toBe("d-aubigne-eve-marie.docx");
    expect(learnerFileName({ lastName: "Œuvray", firstName: "Zoë" }, taken)).toBe("oeuvray-zoe.docx");
    expect(learnerFileName({ lastName: "Müller-Šimić", firstName: "Łukasz" }, taken)).toBe("muller-simic-lukasz.docx");
  });

  it("REC-2 homonyms get numbered files, whatever the case", () => {
    const taken = new Set<string>();
    const names = [
      { lastName: "Dupont", firstName: "Marie" },
      { lastName: "DUPONT", firstName: "marie" },
      { lastName: "Dupont", firstName: "Marie" },
      { lastName: "Dupont", firstName: "Marie 2" },
    ].map((learner) => learnerFileName(learner, taken));
    expect(names).toEqual(["dupont-marie.docx", "dupont-marie-2.docx", "dupont-marie-3.docx", "dupont-marie-2-2.docx"]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("REC-2 hostile names stay inside --out with sane names", () => {
    const taken = new Set<string>();
    const hostile = [
      { lastName: "../../etc/x", firstName: "" },
      { lastName: "a/b", firstName: "c\\d" },
      { lastName: "CON", firstName: "" },
      { lastName: "nul", firstName: "" },
      { lastName: "LPT1", firstName: "" },
      { lastName: "😀", firstName: "🎓" },
      { lastName: "x".repeat(300), firstName: "y" },
      { lastName: "..", firstName: "." },
      { lastName: "/", firstName: "~" },
      { lastName: "a\u0000b", firstName: "\u202e exe.docx" },
    ];
    const names = hostile.map((learner) => learnerFileName(learner, taken));
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9][a-z0-9-]*\.docx$/);
      expect(name.length).toBeLessThanOrEqual(MAX_STEM_LENGTH + ".docx".length + 4);
      expect(inside(pathInside(OUT, name))).toBe(true);
      expect(name.replace(/\.docx$/, "")).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
    }
    expect(names[0]).toBe("etc-x.docx");
    expect(names[2]).toBe("con-participant.docx");
    expect(names[5]).toBe("participant.docx");
    expect(names.slice(7, 9)).toEqual(["participant-2.docx", "participant-3.docx"]);
  });

  it("REC-2 any name whatsoever gives a file inside the output folder (property)", () => {
    const taken = new Set<string>();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.string({ unit: "binary", maxLength: 50 }), (lastName, firstName) => {
        const name = learnerFileName({ lastName, firstName }, taken);
        expect(name).toMatch(/^[a-z0-9-]+\.docx$/);
        expect(inside(pathInside(OUT, name))).toBe(true);
        expect(join(OUT, name)).toBe(pathInside(OUT, name));
      }),
      { numRuns: 500 },
    );
  });

  it("REC-2 pathInside refuses names that would leave the folder", () => {
    for (const bad of ["../x.docx", "a/b.docx", "..", "", "/etc/passwd", "a\\b.docx"]) {
      expect(() => pathInside(OUT, bad), bad).toThrow(/sortirait du dossier/);
    }
  });

  it("slugify keeps only a-z, 0-9 and dashes", () => {
    expect(slugify("  Jean--François   L'Hôpital ")).toBe("jean-francois-l-hopital");
  });
});
