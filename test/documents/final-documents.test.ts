/**
 * Final documents (issue 12): every complete project — the examples and the realistic fixtures —
 * generated without --draft, with one attestation per learner and the merged attestations, carries
 * nothing left to fill in and no internal jargon: no « À COMPLÉTER », no requirement ID, no schema
 * path or camelCase key, no « : . ». And `attestations` refuses a project with guide errors unless
 * --draft, like `generate`.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REQUIREMENTS } from "../../src/check/index.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { docxText as readDocxText } from "../helpers/docx.js";
import { COMPLETE_PROJECTS } from "./projects.js";

// The commands as the CLI runs them, inside this process (test/generate/ runs the built CLI).
const run = (...args: string[]) => runCliInProcess(args, { SOURCE_DATE_EPOCH: "1767225600" });

const REQUIREMENT_ID = new RegExp(`\\b(?:${REQUIREMENTS.map((r) => r.id).join("|")})\\b`);
const SCHEMA_ROOTS = "meta|course|session|units|presence|welcome|conclusion|recognition|logbook|trainerBooklet|navigation|tender|settings";
const SCHEMA_PATH = new RegExp(`\\b(?:${SCHEMA_ROOTS})(?:\\.[A-Za-z]|\\[\\d)`);

/** What a reader must never see in a final document. */
function jargon(text: string): string[] {
  // Addresses may hold anything: leave them out of the search.
  const prose = text.replace(/\b(?:https?:\/\/|www\.)\S+/g, " ").replace(/\S+@\S+/g, " ");
  const found: string[] = [];
  const around = (m: RegExpExecArray) => prose.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, " ");
  for (const [what, pattern] of [
    ["marker", /À COMPLÉTER/g],
    ["requirement ID", new RegExp(REQUIREMENT_ID.source, "g")],
    ["schema path", new RegExp(SCHEMA_PATH.source, "g")],
    ["camelCase key", /\b[a-z]+[A-Z][a-zA-Z]*\b/g],
    ["dangling colon", /:\s*[.,;]/g],
    // The typographic apostrophe: a straight one between two letters is a typo in print.
    ["straight apostrophe", /\p{L}'\p{L}/gu],
  ] as const) {
    for (const m of prose.matchAll(pattern)) found.push(`${what}: …${around(m as RegExpExecArray)}…`);
  }
  return found;
}

/** The text of a .docx as a reader sees it: line breaks and cells apart, paragraphs on their own lines. */
const docxText = (docx: Uint8Array) => readDocxText(docx, { cellsApart: true });

const learnersCsv = "nom;prénom;courriel;date\nMartin;Anne;anne.martin@exemple.gouv.fr;2026-04-20\nN'Diaye;Moussa;moussa.ndiaye@exemple.gouv.fr;2026-04-21\n";

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "final-docs-"));
  writeFileSync(join(out, "apprenants.csv"), learnersCsv);
});

describe.each(COMPLETE_PROJECTS)("%s, without --draft", (project) => {
  let dir: string;
  beforeAll(() => {
    dir = join(out, project.replace(/\W+/g, "-"));
  });

  it("writes the five documents, with nothing to fill in and no jargon", async () => {
    const result = await run("generate", project, "--out", dir);
    expect(result.stderr).not.toMatch(/erreur/);
    expect(result.status).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith(".docx"));
    expect(files).toHaveLength(5);
    const found = files.flatMap((f) => jargon(docxText(readFileSync(join(dir, f)))).map((j) => `${f}: ${j}`));
    expect(found).toEqual([]);
  });

  it("writes each learner's attestation and the merged attestations, with no jargon and no empty line", async () => {
    const result = await run("attestations", project, "--learners", join(out, "apprenants.csv"), "--out", dir, "--merge", "--quiet");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const files = readdirSync(join(dir, "attestations")).filter((f) => f.endsWith(".docx"));
    expect(files).toHaveLength(3);
    for (const f of files) {
      const text = docxText(readFileSync(join(dir, "attestations", f)));
      expect(jargon(text), f).toEqual([]);
      // The list gives neither result nor time spent: no line says « non renseigné ».
      expect(text, f).not.toMatch(/non renseigné|Résultat/);
    }
  });
});

describe("attestations of a project with guide errors", () => {
  const draft = "examples/drafts/cahier-des-charges-brouillon.yaml";

  it("are refused without --draft, nothing written (exit code 1)", async () => {
    const dir = join(out, "draft-refused");
    const result = await run("attestations", draft, "--learners", join(out, "apprenants.csv"), "--out", dir, "--quiet");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/au regard du guide ; aucune attestation écrite/);
    expect(() => readdirSync(join(dir, "attestations"))).toThrow();
  });

  it("are written with --draft, with their markers", async () => {
    const dir = join(out, "draft-written");
    const result = await run("attestations", draft, "--learners", join(out, "apprenants.csv"), "--out", dir, "--quiet", "--draft");
    expect(result.status).toBe(0);
    const [first] = readdirSync(join(dir, "attestations"));
    expect(docxText(readFileSync(join(dir, "attestations", first!)))).toMatch(/À COMPLÉTER/);
  });
});
