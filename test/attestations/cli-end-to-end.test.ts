/**
 * `mentor-docs attestations` through the built CLI, with the real attestation document: a 1,000-row
 * spreadsheet export becomes 1,000 attestations whose text, as LibreOffice shows it, names the
 * right learner, course, duration and dates (REC-1, REC-2).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { docxToPdf, libreOfficeMissing, type PdfResult } from "../helpers/libreoffice.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const project = join(root, "examples/hybride-management-equipe.yaml");

const FIRST = ["Élodie", "Jean-Éric", "Anne-Laure", "Zoé", "François"];
const LAST = ["D'Aubigné", "Lefèvre", "N'Diaye", "Çelik", "Mørk"];
const learner = (i: number) => ({
  first: FIRST[i % 5]!,
  last: `${LAST[i % 5]!} ${i}`,
  email: `agent.${i}@exemple.gouv.fr`,
  day: String((i % 28) + 1).padStart(2, "0"),
});

let out: string;
let run: ReturnType<typeof spawnSync>;
/** Learners whose attestation is printed by LibreOffice (one conversion for the file). */
const SAMPLE = [0, 1, 3, 998];
let printed: Record<string, PdfResult> = {};

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "att-e2e-"));
  // A spreadsheet export: BOM, CRLF, « ; » separator, quoted fields with « ; » inside, a note column.
  const rows = Array.from({ length: 1000 }, (_, i) => {
    const l = learner(i);
    return `"${l.last}";"${l.first}";${l.email};${l.day}/04/2026;18h;"Service RH ; bureau ${i}"`;
  });
  writeFileSync(join(dir, "export.csv"), "\ufeff" + ["Nom;Prénom;Adresse mél;Date d'achèvement;Temps passé;Service", ...rows].join("\r\n") + "\r\n");
  out = join(dir, "out");
  run = spawnSync(process.execPath, [cli, "attestations", project, "--learners", join(dir, "export.csv"), "--out", out], {
    encoding: "utf8",
    timeout: 600_000,
  });
  if (libreOfficeMissing || run.status !== 0) return;
  const names = readdirSync(join(out, "attestations")).sort();
  const files: Record<string, Uint8Array> = {};
  for (const i of SAMPLE) {
    const file = names.find((n) => n.endsWith(`-${i}.docx`) || n.includes(`-${i}-`))!;
    files[`a${i}`] = new Uint8Array(readFileSync(join(out, "attestations", file)));
  }
  printed = await docxToPdf(files);
});

describe("attestations end to end (REC-1, REC-2)", () => {
  it("writes 1,000 attestations into <out>/attestations, notes the unknown column, exits 0", () => {
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Service/); // the unknown column is ignored, with a note
    expect(run.stdout).toMatch(/1000 attestations écrites/);
    expect(readdirSync(join(out, "attestations")).filter((f) => f.endsWith(".docx"))).toHaveLength(1000);
  });

  it.skipIf(libreOfficeMissing)("REC-1 REC-2 a sample shows the right learner, course, duration and dates in LibreOffice", () => {
    for (const i of SAMPLE) {
      const l = learner(i);
      const { text, pages } = printed[`a${i}`]!;
      const flat = text.replace(/\s+/g, " ");
      expect(pages).toBe(1);
      // Names are typeset: D'Aubigné is printed D’Aubigné.
      expect(flat).toContain(`${l.first} ${l.last}`.replace(/(\p{L})'(?=\p{L})/gu, "$1’"));
      expect(flat).toContain("Manager une équipe au quotidien");
      expect(flat).toMatch(/20 h/);
      expect(flat).toMatch(/9 mars 2026 au vendredi 17 avril 2026/);
      expect(flat).toContain(`${Number(l.day) === 1 ? "1er" : Number(l.day)} avril 2026`);
      expect(flat).not.toMatch(/«\s*(nom|prenom|date_achevement)\s*»/);
    }
  });
});

describe("open badges through the built command line (bundled in dist/cli/)", () => {
  it("writes both badges of every learner, the 3.0 credential checked against its official schema", () => {
    const dir = mkdtempSync(join(tmpdir(), "att-badges-"));
    writeFileSync(join(dir, "liste.csv"), "Nom;Prénom;Courriel\nDupont;Anne;anne.dupont@exemple.gouv.fr\nN'Diaye;Awa;awa.ndiaye@exemple.gouv.fr\n");
    const badges = spawnSync(process.execPath, [cli, "attestations", project, "--learners", join(dir, "liste.csv"), "--out", join(dir, "out"), "--badges", "--quiet"], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(badges.stderr).toBe("");
    expect(badges.status).toBe(0);
    const credentials = readdirSync(join(dir, "out", "badges", "credentials"));
    expect(credentials.filter((f) => f.endsWith(".json"))).toHaveLength(2);
    const credential = JSON.parse(readFileSync(join(dir, "out", "badges", "credentials", credentials.find((f) => f.endsWith(".json"))!), "utf8"));
    expect(credential.type).toContain("OpenBadgeCredential");
  });
});
