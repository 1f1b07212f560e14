// Learner lists against a hostile user, second round (issue 15, item 9): duplicate headers used to
// pick the wrong column, Excel's `sep=;` line was read as the header, the same e-mail in NFC and
// NFD was two people, and a JSON learner whose `nom` was an object got an attestation issued to
// `{"x":1}`. Each now gives the right learners or a located French refusal.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/common/errors.js";
import { parseLearners } from "../../src/attestations/learners/read-learners.js";

const encode = (text: string) => new TextEncoder().encode(text);
const csv = (text: string, name = "liste.csv") => parseLearners(encode(text), name);
const refusal = (attempt: () => unknown): UserError => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("not refused");
};

describe("CSV headers are compared after Unicode normalisation and case folding; duplicates are refused", () => {
  it("nom;nom;prénom;courriel;courriel: refused at the second « nom », with both columns named", () => {
    const error = refusal(() => csv("nom;nom;prénom;courriel;courriel\nA;B;C;a@x.fr;b@x.fr\n"));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/^liste\.csv:1:5 +en-têtes en double : « nom » \(colonne 1\) et « nom » \(colonne 2\) désignent tous deux le nom/);
    expect(error.problems).toMatchObject([{ line: 1, column: 5, code: "learners.column-duplicate" }]);
  });

  it.each([
    ["case", "Nom;prénom;NOM;courriel"],
    ["Unicode forms (NFC and NFD)", "nom;pr\u00e9nom;courriel;Pre\u0301nom"],
    ["two names for one column", "nom;prénom;courriel;Adresse mél"],
  ])("%s: refused", (_label, header) => {
    const error = refusal(() => csv(`${header}\nA;B;a@x.fr;C\n`));
    expect(error.problems[0]).toMatchObject({ line: 1, code: "learners.column-duplicate" });
  });

  it("the column is found with the header in NFD, and the values come out in NFC", () => {
    const list = csv("No\u0302m;Pre\u0301nom;Courriel\nLefe\u0300vre;Chloe\u0301;c@x.fr\n");
    expect(list.problems).toEqual([]);
    expect(list.learners).toMatchObject([{ lastName: "Lef\u00e8vre", firstName: "Chlo\u00e9", line: 2 }]);
  });

  it("a duplicate column mentor-docs does not use is only noted", () => {
    const list = csv("nom;prénom;courriel;Service;Service\nA;B;a@x.fr;RH;DRH\n");
    expect(list.learners).toHaveLength(1);
    expect(list.notes.join(" ")).toMatch(/ignorées : « Service », « Service »/);
  });
});

describe("Excel's `sep=` first line is honoured", () => {
  it("sep=; with commas in the values: the header is the second line, line numbers are the file's", () => {
    const list = csv("sep=;\r\nnom;prénom;courriel\r\nSmith, Jr;Anne;anne@x.fr\r\nDupont;Marie;marie@x.fr\r\n");
    expect(list.problems).toEqual([]);
    expect(list.learners).toMatchObject([
      { lastName: "Smith, Jr", firstName: "Anne", line: 3 },
      { lastName: "Dupont", line: 4 },
    ]);
  });

  it("sep=, with semicolons in the values, and with a BOM before it", () => {
    const list = csv("\ufeffsep=,\nnom,prénom,courriel\nDupont;Durand,Marie,marie@x.fr\n");
    expect(list.learners).toMatchObject([{ lastName: "Dupont;Durand", firstName: "Marie", line: 3 }]);
  });

  it("a duplicate header after a sep= line is located on the file's line", () => {
    expect(refusal(() => csv("sep=;\nnom;prénom;courriel;Nom\n")).problems[0]).toMatchObject({ line: 2, column: 21 });
  });
});

describe("e-mails are compared after NFC and case folding", () => {
  it.each([
    ["NFC and NFD", "\u00e9lodie@exemple.fr", "e\u0301lodie@exemple.fr"],
    ["case, with accents", "\u00c9lodie@Exemple.fr", "\u00e9lodie@exemple.FR"],
    ["ß and SS", "stra\u00dfe@exemple.fr", "STRASSE@exemple.fr"],
  ])("%s: the second is a duplicate of the first", (_label, first, second) => {
    const list = csv(`nom;prénom;courriel\nA;B;${first}\nC;D;${second}\n`);
    expect(list.learners.map((l) => l.line)).toEqual([2]);
    expect(list.problems).toMatchObject([{ line: 3, code: "learners.email-duplicate" }]);
    expect(list.problems[0]!.message).toContain("ligne 2");
  });
});

describe("JSON and YAML learners: a field's value must be a text or a number", () => {
  const json = (items: string) => parseLearners(encode(`[\n${items}\n]\n`), "liste.json");

  it.each([
    ["an object", '{"x": 1}', "un objet"],
    ["a list", '["Dupont"]', "une liste"],
    ["a boolean", "true", "la valeur true"],
  ])("nom is %s: the learner is refused, located at the value", (_label, value, what) => {
    const list = json(`  {"prénom": "Léa", "courriel": "lea@x.fr",\n   "nom": ${value}},\n  {"nom": "Petit", "prénom": "Jo", "courriel": "jo@x.fr"}`);
    expect(list.learners.map((l) => l.lastName)).toEqual(["Petit"]);
    expect(list.problems).toEqual([
      { file: "liste.json", line: 3, column: 11, path: "[0].nom", message: `nom : un texte est attendu, pas ${what}`, code: "learners.value-type" },
    ]);
  });

  it("a number is read as text; keys spelt differently from one item to the next are each read", () => {
    const list = json('  {"nom": 1789, "prénom": "Léa", "courriel": "lea@x.fr"},\n  {"NOM": "Petit", "Prénom": "Jo", "E-mail": "jo@x.fr"}');
    expect(list.problems).toEqual([]);
    expect(list.learners).toMatchObject([{ lastName: "1789" }, { lastName: "Petit", firstName: "Jo", email: "jo@x.fr" }]);
  });

  it("two keys for one field in an item, or an item that is not an object: refused, located", () => {
    const list = json('  {"nom": "A", "Nom": "B", "prénom": "C", "courriel": "c@x.fr"},\n  "Dupont Marie"');
    expect(list.learners).toEqual([]);
    expect(list.problems).toMatchObject([
      { line: 2, path: "[0].Nom", code: "learners.column-duplicate" },
      { line: 3, path: "[1]", code: "learners.item-type" },
    ]);
    expect(list.problems[0]!.message).toBe("clés en double : « nom » et « Nom » désignent toutes deux le nom");
  });

  it("YAML: an object under nom, inside a « participants » key, is located with its path", () => {
    const list = parseLearners(encode("participants:\n  - nom:\n      x: 1\n    prénom: Léa\n    courriel: lea@x.fr\n"), "liste.yaml");
    expect(list.learners).toEqual([]);
    expect(list.problems).toMatchObject([{ line: 3, path: "participants[0].nom", code: "learners.value-type" }]);
  });
});

describe("through the CLI", () => {
  const work = mkdtempSync(join(tmpdir(), "learners-round2-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const root = join(import.meta.dirname, "../..");
  const run = (list: string, text: string) => {
    writeFileSync(join(work, list), text);
    return spawnSync(
      process.execPath,
      [join(root, "dist/cli/main.js"), "attestations", join(root, "examples/hybride-management-equipe.yaml"), "--learners", list, "--out", "out"],
      { cwd: work, encoding: "utf8", timeout: 60_000 },
    );
  };

  it("a JSON learner whose nom is an object: exit 1, a located French message, no attestation written", () => {
    const r = run("liste.json", '[{"nom": {"x": 1}, "prénom": "Léa", "courriel": "lea@x.fr"}]\n');
    expect(r.stderr).not.toMatch(/Erreur interne|^\s+at /m);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("liste.json:1:10  [0].nom  nom : un texte est attendu, pas un objet");
    expect(existsSync(join(work, "out/attestations"))).toBe(false);
  });

  it("duplicate CSV headers: exit 2, the located message, nothing written", () => {
    const r = run("doublons.csv", "nom;nom;prénom;courriel;courriel\nA;B;C;a@x.fr;b@x.fr\n");
    expect(r.stderr).not.toMatch(/Erreur interne|^\s+at /m);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^doublons\.csv:1:5 .*en-têtes en double : « nom » \(colonne 1\) et « nom » \(colonne 2\)/m);
    expect(existsSync(join(work, "out"))).toBe(false);
  });
});
