/**
 * Encodings and line endings: a UTF-8 file with a byte order mark or Windows line endings (CRLF)
 * is read normally and its positions stay right; UTF-16 and Latin-1 files are refused with a clear
 * French message (exit 2) rather than read as garbage; a missing file is a user error, not a crash.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode, UserError } from "../../src/common/errors.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";

const dir = mkdtempSync(join(tmpdir(), "mentor-encodings-"));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function file(name: string, content: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const fixtureText = (name: string) => readFileSync(`test/fixtures/invalid/${name}`, "utf8");
const crlf = (text: string) => text.replace(/\n/g, "\r\n");

async function userErrorOf(path: string): Promise<UserError> {
  const error = await loadProjectFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

async function firstProblem(path: string) {
  const result = validateProject(await loadProjectFile(path));
  expect(result.valid).toBe(false);
  const { line, column, path: at, code } = result.problems[0]!;
  return { line, column, path: at, code };
}

describe("UTF-8 with a byte order mark, CRLF line endings", () => {
  const expected = { line: 13, column: 19, path: "units[0].activities[0].duration", code: "schema.duration" };

  it.each([
    ["BOM", (t: string) => Buffer.concat([BOM, Buffer.from(t)])],
    ["CRLF", (t: string) => Buffer.from(crlf(t))],
    ["BOM and CRLF", (t: string) => Buffer.concat([BOM, Buffer.from(crlf(t))])],
  ])("YAML with %s: same problem, same position", async (name, encode) => {
    const path = file(`duration-${name.replace(/ /g, "-")}.yaml`, encode(fixtureText("bad-duration.yaml")));
    expect(await firstProblem(path)).toEqual(expected);
  });

  it("JSON with BOM and CRLF: schema errors and syntax errors are located right", async () => {
    const json = '{\n  "course": {\n    "title": "Sécurité",\n    "certifying": "oui"\n  }\n}\n';
    const path = file("bom-crlf.json", Buffer.concat([BOM, Buffer.from(crlf(json))]));
    expect(await firstProblem(path)).toEqual({ line: 4, column: 19, path: "course.certifying", code: "schema.type" });
    const broken = file("bom-crlf-broken.json", Buffer.concat([BOM, Buffer.from(crlf(fixtureText("trailing-comma.json")))]));
    const error = await userErrorOf(broken);
    expect(error.problems[0]).toMatchObject({ line: 4, column: 3, code: "syntax.json" });
  });

  it("a complete example saved with BOM and CRLF is still valid", async () => {
    const text = readFileSync("examples/hybride-management-equipe.yaml", "utf8");
    const path = file("hybride-bom-crlf.yaml", Buffer.concat([BOM, Buffer.from(crlf(text))]));
    const result = validateProject(await loadProjectFile(path));
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
    // Text values keep no stray carriage return.
    if (result.valid) expect(result.project.course.title).toBe("Manager une équipe au quotidien – piloter, accompagner, coopérer");
  });
});

describe("other encodings are refused with exit 2", () => {
  const text = "course:\n  title: Sécurité incendie\n";

  it.each([
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), /encodé en UTF-16 ; enregistrez-le en UTF-8/],
    ["UTF-16 BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]), /encodé en UTF-16 ; enregistrez-le en UTF-8/],
    ["UTF-16 LE without BOM", Buffer.from(text, "utf16le"), /semble encodé en UTF-16 ; enregistrez-le en UTF-8/],
  ])("%s", async (name, bytes, message) => {
    const path = file(`${name.replace(/ /g, "-")}.yaml`, bytes);
    const error = await userErrorOf(path);
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${path}:1:1  `)).toBe(true);
  });

  it("Latin-1: located at the first byte that is not UTF-8", async () => {
    const path = file("latin1.yaml", Buffer.from(text, "latin1"));
    const error = await userErrorOf(path);
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(error.message).toBe(
      `${path}:2:11  le fichier n'est pas en UTF-8 (il semble encodé en Latin-1 ou Windows-1252) ; enregistrez-le en UTF-8`,
    );
    expect(error.problems[0]).toMatchObject({ line: 2, column: 11, code: "syntax.encoding" });
  });
});

describe("unreadable paths", () => {
  it("a missing file: French message, exit 2", async () => {
    const path = join(dir, "absent.yaml");
    const error = await userErrorOf(path);
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(error.message).toBe(`${path} : fichier introuvable`);
  });

  it("a directory: French message, exit 2", async () => {
    const error = await userErrorOf(dir);
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(error.message).toBe(`${dir} : c'est un dossier, pas un fichier`);
  });
});
