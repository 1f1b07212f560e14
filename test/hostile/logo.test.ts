// `course.producer.logo` against a hostile user (issue 15, item 11): `/dev/zero` used to grow memory
// without bound and a FIFO hung the run (SIGTERM included). The logo is now read as a regular file
// only, opened non-blocking, under a size cap, and its type is checked by its first bytes; every
// refusal is a French message located at the field, exit 2.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/common/errors.js";
import { LOGO_MAX_BYTES, readLogoFile } from "../../src/docx/logo.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { docxPart } from "../helpers/docx.js";

const root = join(import.meta.dirname, "../..");
const BIN = join(root, "dist/cli/main.js");
const example = readFileSync(join(root, "examples/hybride-management-equipe.yaml"), "utf8");
const work = mkdtempSync(join(tmpdir(), "logo-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const mkfifo = (path: string) => spawnSync("mkfifo", [path]).status === 0;

/** The example project with its `course.producer.logo` (line 91, column 11) set to <logo>. */
function projectWithLogo(name: string, logo: string): string {
  const text = example.replace(/^ {4}logo: logo-cvrh-lyon\.png$/m, `    logo: ${JSON.stringify(logo)}`);
  expect(text).not.toBe(example);
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}
const LOCATION = /:91:11 {2}course\.producer\.logo {2}/;

/** readLogoFile, its refusal's message (located in a small YAML source). */
async function refusal(logo: string): Promise<string> {
  const source = parseProjectText(`course:\n  producer:\n    logo: ${JSON.stringify(logo)}\n`, "p.yaml").source;
  try {
    await readLogoFile(logo, work, source);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).problems).toMatchObject([{ file: "p.yaml", line: 3, column: 11, path: "course.producer.logo" }]);
    return (error as UserError).message;
  }
  throw new Error(`${logo} was not refused`);
}

describe("the logo is a regular file, at most 5 Mo, PNG or JPEG by its first bytes", () => {
  const write = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(work, name), bytes);
    return name;
  };

  it("a PNG is read with its size in pixels", async () => {
    expect(await readLogoFile(write("ok.png", PNG), work)).toMatchObject({ type: "png", width: 1, height: 1 });
  });

  it.each([
    ["/dev/zero", () => "/dev/zero", /p\.yaml:3:11 {2}course\.producer\.logo : \/dev\/zero n'est pas un fichier ordinaire : c'est un périphérique/],
    ["a folder", () => (mkdirSync(join(work, "dossier.png"), { recursive: true }), "dossier.png"), /c'est un dossier/],
    ["a link to /dev/zero", () => (symlinkSync("/dev/zero", join(work, "lien.png")), "lien.png"), /c'est un périphérique/],
    ["a missing file", () => "absent.png", /fichier du logo introuvable : absent\.png/],
    ["6 Mo", () => write("gros.png", Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)])), /gros\.png fait 6(,\d)? Mo : un logo fait 5 Mo au plus/],
    ["an SVG", () => write("logo.svg", '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), /logo\.svg est une image SVG : le logo doit être une image PNG ou JPEG/],
    ["a GIF", () => write("logo.gif", "GIF89a\x01\x00\x01\x00"), /une image GIF/],
    ["a WebP", () => write("logo.webp", "RIFF\x10\x00\x00\x00WEBPVP8 "), /une image WebP/],
    ["a PNG cut short", () => write("court.png", PNG.subarray(0, 12)), /court\.png est une image PNG ou JPEG abîmée ou incomplète/],
    ["a PNG of 0 × 0 pixels", () => write("vide.png", Buffer.concat([PNG.subarray(0, 16), Buffer.alloc(8), PNG.subarray(24)])), /abîmée/],
    ["a text file named .png", () => write("texte.png", "root:x:0:0:root:/root:/bin/bash\n"), /texte\.png n'est pas une image PNG ou JPEG lisible/],
  ])("%s: refused with a located French message", async (_label, make, message) => {
    expect(await refusal(make())).toMatch(message);
  });

  it.skipIf(process.platform === "win32")("a named pipe (FIFO) with no writer: refused at once, not waited on", async () => {
    const fifo = join(work, "tube.png");
    expect(mkfifo(fifo)).toBe(true);
    expect(await refusal("tube.png")).toMatch(/tube\.png n'est pas un fichier ordinaire : c'est un tube nommé/);
  });

  it("the cap is 5 Mo", () => {
    expect(LOGO_MAX_BYTES).toBe(5 * 1024 * 1024);
  });
});

describe("through the CLI: exit 2, located, nothing written", () => {
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: "utf8", timeout: 120_000 });
  const files = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [e.name])) : [];

  it("generate with /dev/zero as the logo", () => {
    const out = join(work, "out-zero");
    const r = run(["generate", projectWithLogo("zero.yaml", "/dev/zero"), "--doc", "attestation", "--out", out]);
    expect(r.stderr).not.toMatch(/Erreur interne|^\s+at /m);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(LOCATION);
    expect(r.stderr).toMatch(/c'est un périphérique/);
    expect(files(out)).toEqual([]);
  });

  it.skipIf(process.platform === "win32")("attestations with a FIFO as the logo: no hang", () => {
    expect(mkfifo(join(work, "cli-tube.png"))).toBe(true);
    writeFileSync(join(work, "l.csv"), "nom;prénom;courriel\nDupont;Marie;m@exemple.fr\n");
    const out = join(work, "out-fifo");
    const r = run(["attestations", projectWithLogo("fifo.yaml", "cli-tube.png"), "--learners", "l.csv", "--out", out]);
    // A hang would end with the spawn's timeout: no status.
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(LOCATION);
    expect(r.stderr).toMatch(/c'est un tube nommé/);
    expect(files(out)).toEqual([]);
  });

  it("a real PNG logo still reaches the document", () => {
    writeFileSync(join(work, "vrai.png"), PNG);
    const out = join(work, "out-png");
    const r = run(["generate", projectWithLogo("png.yaml", "vrai.png"), "--doc", "attestation", "--out", out]);
    expect(r.status).toBe(0);
    const [docx] = readdirSync(out);
    const bytes = new Uint8Array(readFileSync(join(out, docx!)));
    expect(docxPart(bytes)).toMatch(/<wp:docPr [^>]*descr="Logo de /);
  });
});
