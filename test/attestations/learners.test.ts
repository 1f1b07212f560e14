import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/common/errors.js";
import { detectDelimiter, parseLearners, readLearners } from "../../src/attestations/learners/read-learners.js";
import { parseLearnerDate, parseTimeSpent, isValidEmail } from "../../src/attestations/learners/values.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/learners");
const encode = (text: string) => new TextEncoder().encode(text);

const LAST = ["Dupont", "D'Aubigné", "Lefèvre", "N'Diaye", "Œuvray", "Müller-Šimić", "Le Gall; de Kerbrat", "Ébrard"];
const FIRST = ["Marie", "Ève", "Jean-François", "Chloé", "Anaïs", "Zoë; Lou", "Noël", "Ophélie"];

/** A spreadsheet export: BOM, CRLF, `;` separator, quoted fields holding `;`, `"` and line feeds. */
function generateCsv(rows: number) {
  const quote = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const expected: { lastName: string; firstName: string; email: string; line: number; date: string; minutes: number }[] = [];
  const lines = ["Nom;Prénom;Courriel;Date d'achèvement;Temps passé;Résultat"];
  let line = 2;
  for (let i = 0; i < rows; i++) {
    let lastName = `${LAST[i % LAST.length]}${i}`;
    if (i % 97 === 5) lastName = `${lastName} "dit le Grand"`;
    const firstName = i % 250 === 17 ? `${FIRST[i % FIRST.length]}\r\nseconde ligne` : FIRST[i % FIRST.length]!;
    const email = `apprenant.${i}@exemple.gouv.fr`;
    const day = (i % 28) + 1;
    const date = i % 2 ? `2026-03-${String(day).padStart(2, "0")}` : `${String(day).padStart(2, "0")}/03/2026`;
    const minutes = 150 + (i % 60);
    expected.push({ lastName, firstName, email, line, date: `2026-03-${String(day).padStart(2, "0")}`, minutes });
    lines.push([lastName, firstName, email, date, `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}`, "Achevé"].map(quote).join(";"));
    line += 1 + (firstName.match(/\n/g)?.length ?? 0);
  }
  return { text: "\ufeff" + lines.join("\r\n") + "\r\n", expected };
}

describe("learner list (REC-2: attestations for every learner)", () => {
  it("REC-2 reads a generated 1,000-row CSV (BOM, CRLF, accents, apostrophes, ; and line feeds inside quotes)", () => {
    const { text, expected } = generateCsv(1000);
    const list = parseLearners(encode(text), "apprenants.csv", { criteria: { minimumTime: "2h30" } });
    expect(list.problems).toEqual([]);
    expect(list.learners).toHaveLength(1000);
    list.learners.forEach((learner, i) => {
      const want = expected[i]!;
      expect(learner).toMatchObject({
        lastName: want.lastName,
        firstName: want.firstName,
        email: want.email,
        completionDate: want.date,
        timeSpentMinutes: want.minutes,
        result: "Achevé",
        line: want.line,
      });
    });
    // The generator did put the hard cases in.
    expect(list.learners.some((l) => l.lastName.includes(";"))).toBe(true);
    expect(list.learners.some((l) => l.firstName.includes("\n"))).toBe(true);
    expect(list.learners.some((l) => l.lastName.includes('"'))).toBe(true);
  });

  it("REC-2 reports every bad row with its line and reason; homonyms are two people", async () => {
    const list = await readLearners(join(FIXTURES, "export-mentor.csv"), { criteria: { minimumTime: "2h30" } });
    expect(list.learners.map((l) => [l.lastName, l.firstName, l.line])).toEqual([
      ["Dupont", "Marie", 2],
      ["D'Aubigné", "Ève; Marie", 3],
      ["Dupont", "Marie", 5],
    ]);
    expect(list.learners[1]).toMatchObject({ completionDate: "2026-03-10", timeSpentMinutes: 185 });
    const byLine = (line: number) => list.problems.filter((p) => p.line === line).map((p) => p.code);
    expect(byLine(4).sort()).toEqual(
      ["learners.criteria-time", "learners.date-invalid", "learners.email-invalid", "learners.name-missing"].sort(),
    );
    expect(byLine(6)).toEqual(["learners.email-duplicate"]);
    const duplicate = list.problems.find((p) => p.line === 6)!;
    expect(duplicate.message).toContain("ligne 2");
    expect(duplicate.file).toContain("export-mentor.csv");
    expect(list.problems.find((p) => p.code === "learners.date-invalid")!.message).toContain("31/02/2026");
    expect(list.problems.find((p) => p.code === "learners.criteria-time")!.message).toMatch(/inférieur au temps minimal/);
    expect(list.notes.join("\n")).toMatch(/ignorée.*« Groupe »/);
  });

  it("REC-2 a learner below the minimum time is reported, not certified; without criteria it is kept", () => {
    const csv = "nom,prénom,email,temps passé\nMartin,Paul,paul@exemple.fr,45 min\n";
    const strict = parseLearners(encode(csv), "l.csv", { criteria: { minimumTime: "1h" } });
    expect(strict.learners).toEqual([]);
    expect(strict.problems).toMatchObject([{ line: 2, code: "learners.criteria-time" }]);
    const lax = parseLearners(encode(csv), "l.csv");
    expect(lax.learners).toMatchObject([{ lastName: "Martin", timeSpentMinutes: 45 }]);
  });

  it("REC-2 reads English headers, a comma separator and ignores case and accents", () => {
    const csv = 'First Name,LAST NAME,E-mail,Completion date,Time spent,Result\r\nAnne,"Smith, Jr",anne@example.org,2026-01-05,01:30,85\r\n';
    const list = parseLearners(encode(csv), "moodle.csv");
    expect(list.problems).toEqual([]);
    expect(list.learners).toEqual([
      { firstName: "Anne", lastName: "Smith, Jr", email: "anne@example.org", completionDate: "2026-01-05", timeSpentMinutes: 90, result: "85", line: 2 },
    ]);
    expect(detectDelimiter("a;b;c\n1,2;3")).toBe(";");
    expect(detectDelimiter('"x;y",b,c\n')).toBe(",");
    expect(detectDelimiter("a\tb\tc\n")).toBe("\t");
  });

  it("REC-2 reads YAML and JSON lists with the line of each item", async () => {
    const yaml = await readLearners(join(FIXTURES, "participants.yaml"));
    expect(yaml.learners).toMatchObject([{ lastName: "Lefèvre", firstName: "Chloé", completionDate: "2026-03-09", line: 3 }]);
    expect(yaml.problems).toMatchObject([{ line: 7, code: "learners.email-invalid" }]);
    const json = '[\n  {"nom": "Petit", "prénom": "Léa", "courriel": "lea@exemple.fr"},\n  {"nom": "", "prénom": "X", "courriel": "x@exemple.fr"}\n]\n';
    const list = parseLearners(encode(json), "liste.json");
    expect(list.learners).toMatchObject([{ lastName: "Petit", line: 2 }]);
    expect(list.problems).toMatchObject([{ line: 3, code: "learners.name-missing" }]);
  });

  it("REC-2 a Windows-1252 export is read, with a note", () => {
    const bytes = Uint8Array.from(Buffer.from("nom;prénom;courriel\nLefèvre;Chloé;c@exemple.fr\n", "latin1"));
    const list = parseLearners(bytes, "excel.csv");
    expect(list.learners).toMatchObject([{ lastName: "Lefèvre", firstName: "Chloé" }]);
    expect(list.notes.join(" ")).toMatch(/Windows-1252/);
  });

  it("REC-2 a workbook (.xlsx) or a PDF given as the list: says what it is and how to export the sheet as CSV", () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    expect(() => parseLearners(xlsx, "apprenants.xlsx")).toThrow(/apprenants\.xlsx : ce fichier est une archive ZIP.*classeur Excel.*« CSV UTF-8 »/);
    expect(() => parseLearners(encode("%PDF-1.7\n"), "liste.pdf")).toThrow(/liste\.pdf : ce fichier est un PDF/);
  });

  it("REC-2 a list without a required column is refused with a French message", () => {
    const attempt = () => parseLearners(encode("nom;prénom\nA;B\n"), "sans-courriel.csv");
    expect(attempt).toThrow(UserError);
    expect(attempt).toThrow(/sans-courriel\.csv:1 .*« courriel » introuvable/);
  });

  it("REC-2 an unclosed quote is a located user error, not a crash", () => {
    expect(() => parseLearners(encode('nom;prénom;courriel\nA;"B;c@d.fr\n'), "cassé.csv")).toThrow(/cassé\.csv:\d+ +guillemet/);
  });

  it("REC-2 a missing file is a user error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "learners-"));
    await expect(readLearners(join(dir, "absent.csv"))).rejects.toThrow(/fichier introuvable/);
    writeFileSync(join(dir, "vide.csv"), "");
    await expect(readLearners(join(dir, "vide.csv"))).rejects.toThrow(/vide/);
  });
});

describe("learner values", () => {
  it("REC-2 dates: ISO and French, real calendar dates only", () => {
    expect(parseLearnerDate("2026-03-09")).toBe("2026-03-09");
    expect(parseLearnerDate("09/03/2026")).toBe("2026-03-09");
    expect(parseLearnerDate("9/3/2026 14:32")).toBe("2026-03-09");
    expect(parseLearnerDate("2026-03-09T10:00:00Z")).toBe("2026-03-09");
    expect(parseLearnerDate("29/02/2028")).toBe("2028-02-29");
    for (const bad of ["29/02/2026", "2026-13-01", "03/09", "hier", "32/01/2026"]) expect(parseLearnerDate(bad), bad).toBeUndefined();
  });

  it("REC-2 time spent: project durations, clock, Moodle words, minutes", () => {
    expect(parseTimeSpent("1h30")).toBe(90);
    expect(parseTimeSpent("01:30:00")).toBe(90);
    expect(parseTimeSpent("2 heures 5 minutes")).toBe(125);
    expect(parseTimeSpent("1 heure")).toBe(60);
    expect(parseTimeSpent("3 hours 5 mins")).toBe(185);
    expect(parseTimeSpent("45")).toBe(45);
    expect(parseTimeSpent("PT2H")).toBe(120);
    expect(parseTimeSpent("beaucoup")).toBeUndefined();
  });

  it("REC-2 e-mails", () => {
    expect(isValidEmail("marie.dupont@interieur.gouv.fr")).toBe(true);
    for (const bad of ["marie", "a@b", "a b@c.fr", "a@@c.fr", "a@c..fr", "a@c.f"]) expect(isValidEmail(bad), bad).toBe(false);
  });
});
