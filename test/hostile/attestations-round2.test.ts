// `mentor-docs attestations` against a hostile user, second round (issue 15, items 4 and 8): the
// merged document never takes a learner's file name, output names are bounded, and a folder that
// cannot take files or a malformed SOURCE_DATE_EPOCH stops the run before anything is written,
// with a French message and exit 2 (never « Erreur interne », exit 70).
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planOutputNames } from "../../src/attestations/output-plan.js";
import { parseSourceDateEpoch } from "../../src/common/source-date-epoch.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { docxText } from "../helpers/docx.js";

const root = join(import.meta.dirname, "../..");
const BIN = join(root, "dist/cli/main.js");
const example = join(root, "examples/hybride-management-equipe.yaml");
const work = mkdtempSync(join(tmpdir(), "att-round2-"));
// Other users may have to read the inputs (see `asOtherUser`).
chmodSync(work, 0o777);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[], options: SpawnSyncOptions = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: "utf8", timeout: 120_000, ...options }) as ReturnType<
    typeof spawnSync
  > & { stdout: string; stderr: string };

const file = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text, { mode: 0o644 });
  return path;
};

/** The example project with another `course.shortName`. */
const withShortName = (name: string, shortName: string) =>
  file(
    name,
    readFileSync(example, "utf8")
      .replace(/^ {2}shortName: MANAGER-PROXIMITE-2026$/m, `  shortName: ${shortName}`)
      // The copy lives in another folder: its logo is named by its full path.
      .replace(/^( +logo: )logo-cvrh-lyon\.png$/m, `$1${join(root, "examples/logo-cvrh-lyon.png")}`),
  );

/** The same commands inside this process, for the cases that need no other user (see `asOtherUser`). */
const runHere = (args: string[], env: Record<string, string> = {}) => runCliInProcess(args, env);

const expectUserError = (r: { status: number | null; stdout: string; stderr: string }, code: number) => {
  expect(r.stderr).not.toMatch(/Erreur interne|^\s+at /m);
  expect(r.status).toBe(code);
};

// A learner whose file name would be the merged document's: « Manager proximité 2026 » « attestations ».
const learners = file(
  "collision.csv",
  "nom;prénom;courriel\nManager proximité 2026;attestations;m@exemple.gouv.fr\nDupont;Marie;marie@exemple.gouv.fr\n",
);

describe("--merge never overwrites a learner's attestation (issue 15, item 4)", () => {
  it("the learner whose name is the merged file's gets a numbered name; both files are whole and reported", async () => {
    const out = join(work, "out-collision");
    const r = await runHere(["attestations", example, "--learners", learners, "--out", out, "--merge"]);
    expectUserError(r, 0);
    const dir = join(out, "attestations");
    expect(readdirSync(dir).sort()).toEqual([
      "dupont-marie.docx",
      "manager-proximite-2026-attestations-2.docx",
      "manager-proximite-2026-attestations.docx",
    ]);
    // The learner's own attestation names them only; the merged one names both learners.
    const own = docxText(readFileSync(join(dir, "manager-proximite-2026-attestations-2.docx")));
    expect(own).toContain("Manager proximité 2026");
    expect(own).not.toContain("Dupont");
    const merged = docxText(readFileSync(join(dir, "manager-proximite-2026-attestations.docx")));
    expect(merged).toContain("Manager proximité 2026");
    expect(merged).toContain("Dupont");
    expect(r.stdout).toMatch(/2 attestations écrites/);
    expect(r.stdout).toContain("manager-proximite-2026-attestations.docx");
    // The renamed learner is told, with the line of the list.
    expect(r.stderr).toMatch(/collision\.csv:2 .*document unique.*manager-proximite-2026-attestations-2\.docx/);
  });

  it("names are given out before writing: merged name reserved first, homonyms numbered, badge identifiers unique", () => {
    const l = (lastName: string, firstName: string, line: number) => ({ lastName, firstName, line, email: `${line}@x.fr` });
    const plan = planOutputNames([l("Cours", "attestations", 2), l("Cours", "Attestations", 3), l("Dupont", "Marie", 4)], {
      mergedFrom: "COURS",
    });
    expect(plan.merged).toBe("cours-attestations.docx");
    expect(plan.attestations.map((a) => a.name)).toEqual(["cours-attestations-2.docx", "cours-attestations-3.docx", "dupont-marie.docx"]);
    expect(plan.notes.map((n) => n.line)).toEqual([2, 3]);
    // Two learners that would share a badge file are refused (the list reader already refuses the same e-mail twice).
    expect(() => planOutputNames([l("A", "B", 2), l("C", "D", 3)], { badgeId: () => "same" })).toThrow(/lignes 2 et 3/);
  });
});

describe("user problems are exit 2 with a French message, not « Erreur interne » (issue 15, item 8)", () => {
  it("a 250-character shortName with --merge: the merged file's name is bounded, every file written", async () => {
    const project = withShortName("long.yaml", "A".repeat(250));
    const out = join(work, "out-long");
    const r = await runHere(["attestations", project, "--learners", learners, "--out", out, "--merge"]);
    expectUserError(r, 0);
    const names = readdirSync(join(out, "attestations"));
    expect(names).toHaveLength(3);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(100);
    expect(names.some((n) => /^a+-attestations\.docx$/.test(n))).toBe(true);
    expect(names.filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it.each(["1e20", "-1", "12.5", "demain", "99999999999999"])("SOURCE_DATE_EPOCH=%s: refused before anything is written", async (value) => {
    for (const args of [
      ["attestations", example, "--learners", learners, "--out", join(work, "out-epoch")],
      ["generate", example, "--out", join(work, "out-epoch"), "--draft"],
    ]) {
      const r = await runHere(args, { SOURCE_DATE_EPOCH: value });
      expectUserError(r, 2);
      expect(r.stderr).toMatch(/SOURCE_DATE_EPOCH : valeur « .* » inutilisable/);
      expect(existsSync(join(work, "out-epoch"))).toBe(false);
    }
  });

  it("SOURCE_DATE_EPOCH: whole seconds are read, empty is no value", () => {
    expect(parseSourceDateEpoch("1767225600")).toBe(1_767_225_600);
    expect(parseSourceDateEpoch(" 0 ")).toBe(0);
    expect(parseSourceDateEpoch("")).toBeUndefined();
    expect(parseSourceDateEpoch(undefined)).toBeUndefined();
    expect(() => parseSourceDateEpoch("1e20")).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it("a file in the place of the badges folder: exit 2, no attestation written", async () => {
    const out = join(work, "out-badges-file");
    mkdirSync(out);
    writeFileSync(join(out, "badges"), "");
    const r = await runHere(["attestations", example, "--learners", learners, "--out", out, "--badges"]);
    expectUserError(r, 2);
    expect(r.stderr).toMatch(/badges/);
    expect(readdirSync(join(out, "attestations"))).toEqual([]);
  });

  // Permissions do not stop root: as root, the CLI runs as « nobody » for these cases.
  const isRoot = process.getuid?.() === 0;
  const asOtherUser: SpawnSyncOptions = isRoot ? { uid: 65534, gid: 65534 } : {};

  it.each([
    ["badges", ["--badges"]],
    ["badges/participants", ["--badges"]],
    ["attestations", ["--merge"]],
  ])("a read-only %s folder: exit 2, a French message naming it, nothing written", (folder, options) => {
    const out = join(work, `out-ro-${folder.replace("/", "-")}`);
    mkdirSync(join(out, folder), { recursive: true });
    chmodSync(out, 0o777);
    if (folder.includes("/")) chmodSync(join(out, "badges"), 0o777);
    chmodSync(join(out, folder), 0o555);
    const r = run(["attestations", example, "--learners", learners, "--out", out, ...options], asOtherUser);
    expectUserError(r, 2);
    expect(r.stderr).toContain(`${join(out, folder)} : impossible d'écrire dans ce dossier (droits insuffisants pour y écrire)`);
    const files = (dir: string): string[] =>
      existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [e.name])) : [];
    expect(files(out)).toEqual([]);
  });
});
