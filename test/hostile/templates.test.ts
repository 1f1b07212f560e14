/**
 * Issue 15, item 7: hostile template packs (`--templates`). Symbolic links that leave the folder
 * (`document.hbs -> /etc/passwd`) are refused, dangling ones too, both exit 2 with a French message;
 * links inside the folder are followed. `lookup` of an unknown field, a field of a text
 * (`{{course.title.length}}`) and a binary template are French errors naming the template, never
 * a blank, a JavaScript message or raw bytes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/common/errors.js";
import { renderTemplates } from "../../src/render/engine.js";
import { findTemplates } from "../../src/render/template-files.js";
import { fixtureViewModel } from "../engine/fixture.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const project = join(root, "examples/hybride-management-equipe.yaml");

/** A templates folder with `doc/document.hbs` written by `make` (a file, a link…). */
function pack(make: (docDir: string, packDir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "tpl-hostile-"));
  mkdirSync(join(dir, "doc"));
  make(join(dir, "doc"), dir);
  return dir;
}

function outcome(dir: string): { html?: string; error?: UserError } {
  try {
    return { html: renderTemplates(findTemplates("doc", { documentRoot: dir }), fixtureViewModel()) };
  } catch (error) {
    if (error instanceof UserError) return { error };
    throw error;
  }
}

function refused(dir: string): UserError {
  const { error, html } = outcome(dir);
  expect(html).toBeUndefined();
  expect(error?.exitCode).toBe(2);
  return error!;
}

describe("template files are read inside their folder only", () => {
  it("a link to a file outside the folder is refused, naming the template", () => {
    const dir = pack((doc) => symlinkSync("/etc/passwd", join(doc, "document.hbs")));
    expect(refused(dir).message).toMatch(/doc\/document\.hbs : lien symbolique vers un fichier hors du dossier de modèles, refusé/);
  });

  it("a linked folder that leaves the templates folder is refused", () => {
    const outside = mkdtempSync(join(tmpdir(), "tpl-outside-"));
    writeFileSync(join(outside, "secret.hbs"), "secret");
    const dir = pack((doc, packDir) => {
      writeFileSync(join(doc, "document.hbs"), "<p>x</p>");
      symlinkSync(outside, join(packDir, "partials"));
    });
    expect(refused(dir).message).toMatch(/partials : lien symbolique vers un fichier hors du dossier de modèles/);
  });

  it("a dangling link is a French error, not a crash", () => {
    const dir = pack((doc) => symlinkSync(join(doc, "absent.hbs"), join(doc, "document.hbs")));
    expect(refused(dir).message).toMatch(/doc\/document\.hbs : lien symbolique vers un fichier introuvable/);
  });

  it("a link to another template inside the folder is followed", () => {
    const dir = pack((doc) => {
      writeFileSync(join(doc, "real.txt"), "<p>{{course.title}}</p>");
      symlinkSync("real.txt", join(doc, "document.hbs"));
    });
    expect(outcome(dir).html).toMatch(/^<p>.+<\/p>$/);
  });

  it("the CLI: exit 2, French message, no document written, for /etc/passwd and for a dangling link", () => {
    for (const target of ["/etc/passwd", "/nulle/part.hbs"]) {
      const dir = mkdtempSync(join(tmpdir(), "tpl-cli-"));
      mkdirSync(join(dir, "fiche-formation"));
      symlinkSync(target, join(dir, "fiche-formation", "document.hbs"));
      const out = join(dir, "out");
      const run = spawnSync(process.execPath, [cli, "generate", project, "--doc", "fiche-formation", "--templates", dir, "--out", out], {
        encoding: "utf8",
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/fiche-formation\/document\.hbs : lien symbolique vers un fichier (hors du dossier|introuvable)/);
      expect(run.stderr).not.toMatch(/root:|Erreur interne/);
      expect(existsSync(join(out, "manager-proximite-2026-fiche-formation.docx"))).toBe(false);
    }
  });
});

describe("template expressions that used to slip through", () => {
  const withMain = (text: string) => pack((doc) => writeFileSync(join(doc, "document.hbs"), text));

  it("{{lookup course \"titel\"}} is an error like a misspelt field, with its line", () => {
    const error = refused(withMain('<p>ok</p>\n<p>{{lookup course "titel"}}</p>'));
    expect(error.message).toMatch(/doc\/document\.hbs:2 : le champ « titel » n'existe pas dans les données du document/);
  });

  it("lookup of a known field still works, in a loop too", () => {
    expect(outcome(withMain('{{lookup course "title"}}')).html).not.toBe("");
    expect(outcome(withMain('{{#each course.objectives}}{{lookup ../course "title"}}{{/each}}')).error).toBeUndefined();
  });

  it("lookup of a prototype name is refused", () => {
    expect(refused(withMain('{{lookup course "constructor"}}')).message).toMatch(/« constructor » n'est pas admis/);
  });

  it("{{course.title.length}} is a French error naming the template file and line", () => {
    const error = refused(withMain("<h1>x</h1>\n\n<p>{{course.title.length}}</p>"));
    expect(error.message).toMatch(/doc\/document\.hbs:3 : le champ « course\.title\.length » n'existe pas : « course\.title » est un texte/);
    expect(error.message).not.toMatch(/Cannot use|operator|TypeError/);
  });

  it("a partial that includes itself is a French error", () => {
    const dir = pack((doc) => {
      writeFileSync(join(doc, "document.hbs"), "{{> boucle}}");
      writeFileSync(join(doc, "boucle.hbs"), "x{{> boucle}}");
    });
    expect(refused(dir).message).toMatch(/s'appelle lui-même sans fin/);
  });
});

describe("binary templates", () => {
  const binary = (bytes: Buffer) => pack((doc) => writeFileSync(join(doc, "document.hbs"), bytes));

  it.each([
    ["Latin-1 / random bytes", Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0xff, 0xfe, 0x1b, 0x5b, 0x32, 0x4a]), /n'est pas un texte en UTF-8/],
    ["NUL bytes", Buffer.from("<p>a\u0000\u0000\u001b[2Jb</p>"), /:1:5 : caractère U\+0000 interdit dans un modèle \(fichier binaire \?\)/],
    ["an escape sequence", Buffer.from("<p>\n\u001b]0;titre\u0007</p>"), /:2:1 : caractère U\+001B interdit dans un modèle/],
    ["a PNG image", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]), /ce fichier est une image, pas un modèle/],
  ])("%s: refused with a French message that does not echo the bytes", (_name, bytes, message) => {
    const error = refused(binary(bytes));
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\ufffd]/);
  });

  it("the CLI prints nothing raw for a binary template: exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "tpl-bin-"));
    mkdirSync(join(dir, "fiche-formation"));
    writeFileSync(join(dir, "fiche-formation", "document.hbs"), Buffer.from([0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0x00]));
    const run = spawnSync(process.execPath, [cli, "generate", project, "--doc", "fiche-formation", "--templates", dir, "--out", join(dir, "out")], {
      encoding: "latin1",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});
