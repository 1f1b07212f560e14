/**
 * Hostile input at the door: malformed files, wrong encodings, huge or deeply nested data.
 * Each case must end, quickly, in a clear French error (exit 2 for unreadable files, 1 for
 * invalid data) or a valid result; never a stack trace or a hang.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/common/errors.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";

const dir = mkdtempSync(join(tmpdir(), "mentor-hostile-"));
const cli = new URL("../../dist/cli/main.js", import.meta.url).pathname;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Loads and validates; returns the user error or the validation result. Bounded in time by vitest. */
async function outcome(path: string) {
  try {
    const loaded = await loadProjectFile(path);
    return { loaded: validateProject(loaded) };
  } catch (error) {
    if (error instanceof UserError) return { error };
    throw error;
  }
}

function runCli(path: string) {
  const run = spawnSync(process.execPath, [cli, "validate", path], { encoding: "utf8", timeout: 300_000 });
  expect(run.stderr + run.stdout).not.toMatch(/^\s+at /m);
  return run;
}

const minimal = 'course:\n  title: "Sécurité"\n';

describe("hostile input: syntax", () => {
  it.each([
    ["truncated JSON", "cut.json", '{"course": {"title": "Sécu', /fin de fichier inattendue/],
    ["truncated YAML", "cut.yaml", 'course:\n  title: "Sécu\n', /caractère manquant|syntaxe/],
    ["tabs as YAML indentation", "tabs.yaml", "course:\n\ttitle: x\n", /tabulation/],
    ["duplicate YAML keys", "dup.yaml", "course:\n  title: a\n  title: b\n", /clé en double/],
    ["duplicate JSON keys", "dup.json", '{"course": {"title": "a", "title": "b"}}', /clé en double/],
    ["NUL byte", "nul.yaml", "course:\n  title: a\u0000b\n", /caractère nul/],
  ])("%s gives a located French syntax error, exit 2", async (_name, name, content, message) => {
    const path = file(name, content);
    const result = await outcome(path);
    expect(result.error?.exitCode).toBe(2);
    expect(result.error?.message).toMatch(message);
    expect(result.error?.message).toMatch(new RegExp(`^${name.replace(".", "\\.")}|${path.replace(/[.]/g, "\\.")}:\\d+:\\d+`));
    const run = runCli(path);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("a YAML alias bomb is refused by the alias limit, not expanded", async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const path = file("bomb.yaml", lines.join("\n") + "\ncourse:\n  title: x\n");
    const result = await outcome(path);
    expect(result.error?.message).toMatch(/trop d'alias/);
    expect(result.error?.exitCode).toBe(2);
  });

  it("200 levels of nesting give a schema error, not a crash", async () => {
    const deep = "[".repeat(200) + "]".repeat(200);
    const path = file("deep.json", `{"course": {"title": "x"}, "units": ${deep}}`);
    const result = await outcome(path);
    expect(result.loaded?.valid).toBe(false);
    expect(result.loaded?.problems[0]?.path).toBe("units[0]");
    expect(result.loaded?.problems[0]?.message).toMatch(/type incorrect/);
  });

  it("a 10 MB file is read and judged", async () => {
    const big = { course: { title: "Gros fichier", summary: "é".repeat(5_000_000) } };
    const path = file("big.json", JSON.stringify(big));
    const result = await outcome(path);
    expect(result.loaded?.valid).toBe(true);
  });
});

describe("hostile input: the wrong kind of file", () => {
  it.each([
    ["a Word document", "projet.docx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /archive ZIP, comme un document Word/],
    ["an old Excel workbook", "projet.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), /ancien document Office/],
    ["a PDF", "projet.pdf", Buffer.from("%PDF-1.7\n%\xe2\xe3\n", "latin1"), /un PDF/],
    ["a PNG image", "logo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), /une image/],
  ])("%s given as the project: says what it is, exit 2", async (_name, name, content, what) => {
    const path = file(name, content);
    const result = await outcome(path);
    expect(result.error?.exitCode).toBe(2);
    expect(result.error?.message).toMatch(what);
    expect(result.error?.message).toMatch(/pas la description d'un projet : donnez le fichier JSON ou YAML du projet/);
    const run = runCli(path);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`${name.replace(".", "\\.")}:1:1`));
  });
});

describe("hostile input: encodings", () => {
  it("UTF-16 is refused with advice to save as UTF-8", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal, "utf16le")]);
    const result = await outcome(file("utf16.yaml", bytes));
    expect(result.error?.exitCode).toBe(2);
    expect(result.error?.message).toMatch(/UTF-16.*UTF-8/);
  });

  it("Latin-1 is refused, with the line of the first bad byte", async () => {
    const bytes = Buffer.from('course:\n  title: "S\xe9curit\xe9"\n', "latin1");
    const result = await outcome(file("latin1.yaml", bytes));
    expect(result.error?.exitCode).toBe(2);
    expect(result.error?.message).toMatch(/latin1\.yaml:2:\d+ .*pas en UTF-8/);
  });

  it("a BOM and CRLF line endings are accepted, with positions right", async () => {
    const text = "\ufeffcourse:\r\n  title: x\r\n  objectifs: []\r\n";
    const result = await outcome(file("bom-crlf.yaml", text));
    const problem = result.loaded?.problems[0];
    expect(problem).toMatchObject({ line: 3, column: 3, path: "course.objectifs" });
  });
});

describe("hostile input: values", () => {
  it("numbers where strings go and the reverse give typed errors naming the path", async () => {
    const path = file("types.yaml", "course:\n  title: 42\n  certifying: \"oui\"\nsession:\n  maxParticipants: \"douze\"\n");
    const result = await outcome(path);
    const byPath = Object.fromEntries((result.loaded?.problems ?? []).map((p) => [p.path, p.message]));
    expect(byPath["course.title"]).toMatch(/attendu un texte, reçu le nombre 42/);
    expect(byPath["course.certifying"]).toMatch(/attendu vrai ou faux/);
    expect(byPath["session.maxParticipants"]).toMatch(/attendu un nombre entier/);
  });

  it("text full of markup and 10,000 characters is valid data, kept literally", async () => {
    const nasty = "{{ x }} <script>alert(1)</script> & | * # « » \u202e ".repeat(200).slice(0, 10_000);
    const path = file("nasty.json", JSON.stringify({ course: { title: nasty.slice(0, 254), summary: nasty } }));
    const result = await outcome(path);
    expect(result.loaded?.valid).toBe(true);
    if (result.loaded?.valid) expect(result.loaded.project.course.summary).toBe(nasty);
  });
});
