/**
 * Issue 15, item 2: characters XML 1.0 forbids (U+FFFE, U+FFFF, C0 controls other than tab, LF and
 * CR, lone surrogates) anywhere in the project or in the learners' list. They are removed when the
 * file is read, with a located warning (file:line:column, JSON path), so every part of every
 * document is well-formed XML and opens.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { bake, unbake } from "../../src/attestations/badges/bake.js";
import { parseLearners } from "../../src/attestations/learners/read-learners.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { runCliInProcess, type CliResult } from "../helpers/cli-in-process.js";
import { docxToPdf, libreOfficeMissing } from "../helpers/libreoffice.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const dir = mkdtempSync(join(tmpdir(), "mentor-xmlchars-"));

/** What XML 1.0 forbids, written raw (U+FFFE, U+FFFF, controls) and, in JSON, as escapes (lone surrogate). */
const FORBIDDEN = "\ufffe\uffff\u0001\u0008\u000b\u001b\udfff\ud800";
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Throws unless `xml` is well-formed XML 1.0: parsed strictly, and no forbidden character, raw or as a reference. */
function assertWellFormed(xml: string, where: string): void {
  const bad = XML_FORBIDDEN.exec(xml);
  if (bad) throw new Error(`${where}: forbidden character ${JSON.stringify(bad[0])} at ${bad.index}`);
  for (const [ref, hex, dec] of xml.matchAll(/&#(?:x([0-9a-f]+)|(\d+));/gi)) {
    const code = hex ? parseInt(hex, 16) : Number(dec);
    if (code > 0x10ffff || XML_FORBIDDEN.test(String.fromCharCode(code))) throw new Error(`${where}: forbidden reference ${ref}`);
  }
  new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${where}: ${message}`);
    },
  }).parseFromString(xml, "application/xml");
}

function assertDocxWellFormed(file: string): void {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const xmlParts = Object.keys(parts).filter((name) => /\.(xml|rels)$/.test(name));
  expect(xmlParts).toContain("word/document.xml");
  for (const name of xmlParts) assertWellFormed(strFromU8(parts[name]!), `${file}!${name}`);
}

/** Every string of the data with the forbidden characters around it (ids included: they come back clean). */
function poisonStrings(node: unknown): number {
  let count = 0;
  if (!node || typeof node !== "object") return 0;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === "string" && key !== "$schema") {
      (node as Record<string, unknown>)[key] = `${FORBIDDEN}${value.slice(0, 1)}${FORBIDDEN}${value.slice(1)}${FORBIDDEN}`;
      count++;
    } else count += poisonStrings(value);
  }
  return count;
}

let projectFile: string;
// generate and attestations run inside this process (the same code as the CLI); validate and check,
// below, run the built CLI.
let generateRun: CliResult;
let attestationsRun: CliResult;
let out: string;

beforeAll(async () => {
  const loaded = await loadProjectFile(join(root, "examples/hybride-management-equipe.yaml"));
  const data = structuredClone(loaded.data);
  expect(poisonStrings(data)).toBeGreaterThan(100);
  // The copy lives in another folder: its logo is named by its full path (a file name cannot be poisoned).
  (data as { course: { producer: { logo?: string } } }).course.producer.logo = join(root, "examples/logo-cvrh-lyon.png");
  projectFile = join(dir, "projet.json");
  // JSON.stringify writes U+FFFE/U+FFFF raw and the controls and lone surrogates as \u escapes.
  writeFileSync(projectFile, JSON.stringify(data, null, 2));
  out = join(dir, "out");
  generateRun = await runCliInProcess(["generate", projectFile, "--out", out]);
  const learners = join(dir, "apprenants.csv");
  writeFileSync(learners, `nom;prénom;courriel\nDu\ufffepont\u0001;Zo\uffffé\u001b[2J;zoe.dupont@exemple.gouv.fr\n`);
  attestationsRun = await runCliInProcess(["attestations", projectFile, "--learners", learners, "--out", out]);
});

describe("characters XML forbids, in the project", () => {
  it("generate writes the five documents, exit 0, every XML part well-formed", () => {
    expect(generateRun.stderr).not.toMatch(/^\s+at /m);
    expect(generateRun.status).toBe(0);
    const docs = readdirSync(out).filter((f) => f.endsWith(".docx"));
    expect(docs).toHaveLength(5);
    for (const doc of docs) assertDocxWellFormed(join(out, doc));
  });

  it("the removal is a located French warning: file:line:column, JSON path; the rest counted", () => {
    expect(generateRun.stderr).toMatch(
      /projet\.json:\d+:\d+ {2}meta\.\w+ {2}avertissement : caractères interdits dans un document Word \(U\+FFFE, U\+FFFF, U\+0001, U\+0008, U\+000B…\) supprimés du texte/,
    );
    expect(generateRun.stderr).toMatch(/avertissement : \d+ autres textes ont perdu des caractères interdits/);
    // Bounded: 20 located warnings, then one line for the rest.
    expect(generateRun.stderr.match(/avertissement : caractères interdits/g)).toHaveLength(20);
  });

  it("validate and check print the same warning, in the problems' format, at the exact line and column (YAML)", () => {
    const file = join(dir, "court.yaml");
    writeFileSync(file, "course:\n  title: \"Sécu\ufffe\"\n  summary: \"a\\x1b[2Jb\\uFFFF\"\n");
    for (const command of ["validate", "check"]) {
      const run = spawnSync(process.execPath, [cli, command, file], { encoding: "utf8" });
      expect([0, 1]).toContain(run.status); // the project is incomplete: only the warning is looked at here
      expect(run.stderr).toContain(`${file}:2:10  course.title  avertissement : caractère interdit dans un document Word (U+FFFE) supprimé du texte`);
      expect(run.stderr).toContain(`${file}:3:12  course.summary  avertissement : caractères interdits dans un document Word (U+001B, U+FFFF) supprimés du texte`);
    }
  });

  it("a value refused by a schema pattern is a French problem, exit 1 (was exit 70 in the built CLI)", () => {
    const file = join(dir, "couleur.yaml");
    writeFileSync(file, readFileSync(join(root, "examples/hybride-management-equipe.yaml"), "utf8").replace('color: "#', 'color: "#zz'));
    const run = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/recognition\.badge\.color {2}valeur invalide « #zz/);
  });

  it("the loaded data holds the cleaned text and the warnings", async () => {
    const file = join(dir, "escapes.json");
    writeFileSync(file, '{"course": {"title": "A\\u0000B\\ud800C\\uFFFE", "summary": "tab\\tand\\nlines\\r ok"}}');
    const loaded = await loadProjectFile(file);
    const course = (loaded.data as { course: { title: string; summary: string } }).course;
    expect(course.title).toBe("ABC");
    expect(course.summary).toBe("tab\tand\nlines\r ok"); // tab, LF, CR are allowed
    expect(loaded.warnings.map((w) => [w.path, w.code])).toEqual([["course.title", "text.forbidden-character"]]);
  });
});

describe("characters XML forbids, in the learners' list", () => {
  it("attestations are written, well-formed, and the list's line is named in a warning", () => {
    expect(attestationsRun.stderr).not.toMatch(/^\s+at /m);
    expect(attestationsRun.status).toBe(0);
    expect(attestationsRun.stderr).toMatch(/apprenants\.csv:2:1 {2}colonne « nom » {2}avertissement : caractères interdits dans un document Word \(U\+FFFE, U\+0001\)/);
    const files = readdirSync(join(out, "attestations")).filter((f) => f.endsWith(".docx"));
    expect(files).toHaveLength(1);
    assertDocxWellFormed(join(out, "attestations", files[0]!));
  });

  it("JSON lists are cleaned too (values given as escapes)", () => {
    const list = parseLearners(
      Buffer.from('[{"nom": "Du\\uFFFEpont", "prénom": "Zo\\u0007é", "courriel": "z@exemple.gouv.fr"}]'),
      "apprenants.json",
    );
    expect(list.learners.map((l) => [l.lastName, l.firstName])).toEqual([["Dupont", "Zoé"]]);
  });

  it("a baked badge's JSON escapes U+FFFE and U+FFFF: the SVG stays well-formed", () => {
    const assertion = { id: "https://exemple.gouv.fr/a/1", narrative: "x\ufffey\uffff" };
    const svg = bake('<svg xmlns="http://www.w3.org/2000/svg"></svg>', { version: "2.0", assertion });
    assertWellFormed(svg, "badge.svg");
    expect(unbake(svg)).toMatchObject({ assertion });
  });
});

describe.skipIf(libreOfficeMissing)("characters XML forbids: LibreOffice opens every document", () => {
  it("the five documents and the attestation convert to PDF with their text", async () => {
    const files: Record<string, Uint8Array> = {};
    for (const doc of readdirSync(out).filter((f) => f.endsWith(".docx"))) files[doc.replace(/\.docx$/, "")] = new Uint8Array(readFileSync(join(out, doc)));
    const attestation = readdirSync(join(out, "attestations")).find((f) => f.endsWith(".docx"))!;
    files.attestation = new Uint8Array(readFileSync(join(out, "attestations", attestation)));
    const pdfs = await docxToPdf(files);
    for (const [name, pdf] of Object.entries(pdfs)) {
      expect(pdf.pages, name).toBeGreaterThan(0);
      expect(pdf.text.replace(/\s+/g, " "), name).toMatch(/Manager une équipe/);
    }
    expect(pdfs.attestation!.text).toMatch(/Zoé\s+Dupont|DUPONT|Dupont/);
  });
});
