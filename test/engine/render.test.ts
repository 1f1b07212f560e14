import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runTemplatesExport } from "../../src/cli/commands/templates.js";
import { UserError } from "../../src/common/errors.js";
import type { DocumentDefinition } from "../../src/documents/definition.js";
import { renderTemplates } from "../../src/render/engine.js";
import { builtinTemplatesDir, findTemplates } from "../../src/render/template-files.js";
import { fixtureDocument, fixtureViewModel, fixturesDir } from "./fixture.js";

/** A throwaway templates folder with one document `doc` whose main template is `main`. */
function tempTemplates(main: string, partials: Record<string, string> = {}): { root: string; definition: DocumentDefinition } {
  const root = mkdtempSync(join(tmpdir(), "tpl-"));
  mkdirSync(join(root, "doc"));
  writeFileSync(join(root, "doc", "document.hbs"), main);
  for (const [name, text] of Object.entries(partials)) writeFileSync(join(root, "doc", `${name}.hbs`), text);
  return { root, definition: { id: "doc", title: "Essai", template: "doc", templateRoot: root } };
}

function render(main: string, data: unknown = fixtureViewModel(), partials?: Record<string, string>): string {
  const { root } = tempTemplates(main, partials);
  return renderTemplates(findTemplates("doc", { documentRoot: root }), data);
}

function renderError(main: string, partials?: Record<string, string>): UserError {
  try {
    render(main, fixtureViewModel(), partials);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected a UserError");
}

describe("templates", () => {
  test("user text is escaped: <b>, {{x}}, **, &, | stay literal", () => {
    const vm = fixtureViewModel((p) => (p.course.title = "<b>gras</b> {{x}} **étoiles** & | barre"));
    const html = render("<p>{{course.title}}</p>", vm);
    expect(html).toBe("<p>&lt;b&gt;gras&lt;/b&gt; {{x}} **étoiles** &amp; | barre</p>");
  });

  test("a misspelt field is an error naming the template file and line (exit code 2)", () => {
    const error = renderError("<h1>Titre</h1>\n<p>{{course.titel}}</p>");
    expect(error.message).toMatch(/doc\/document\.hbs:2 /);
    expect(error.message).toContain("« course.titel »");
    expect(error.exitCode).toBe(2);
  });

  test("the misspelt field is named as written, whole path (Handlebars gives only its last part)", () => {
    expect(renderError("<h1>{{cours.titre}}</h1>").message).toContain("« cours.titre »");
    expect(renderError("x\n  {{{course.catchfrase}}}").message).toMatch(/document\.hbs:2 .*« course\.catchfrase »/);
    expect(renderError("{{#if course.x.y}}x{{/if}}").message).toContain("« course.x.y »");
    expect(renderError("{{#each units}}{{titel}}{{/each}}").message).toContain("« titel »");
    const inPartial = renderError("<p>ok</p>\n{{> card}}", { card: "<p>\n  {{course.nom}}</p>" });
    expect(inPartial.message).toMatch(/card\.hbs:2 .*« course\.nom »/);
  });

  test("misspelt fields in helper arguments are errors too (#each, #if, todo)", () => {
    expect(renderError("\n\n{{#each unitss}}x{{/each}}").message).toMatch(/document\.hbs:3 .*« unitss »/);
    expect(renderError("{{#if course.gaol}}x{{/if}}").message).toContain("« course.gaol »");
    expect(renderError('{{todo course.catchfrase "x"}}').message).toContain("« course.catchfrase »");
  });

  test("an error inside a partial names the partial's file and line", () => {
    const error = renderError("<p>ok</p>\n{{> card}}", { card: "<p>\n{{nope}}</p>" });
    expect(error.message).toMatch(/doc\/card\.hbs:2 /);
  });

  test("optional fields left out by the user can be tested and printed", () => {
    expect(render('{{#if course.goal}}oui{{else}}non{{/if}} {{todo course.goal "la problématique"}}')).toBe(
      'non <span class="todo">À COMPLÉTER\u202f: la problématique</span>',
    );
  });

  test("templates cannot reach the prototype chain", () => {
    expect(renderError("{{constructor.constructor}}").message).toMatch(/n'est pas admis/);
    expect(renderError('{{#with (lookup this "__proto__")}}{{/with}}{{__proto__}}').message).toMatch(/n'est pas admis/);
    expect(renderError("{{course.title.constructor}}").message).toMatch(/n'est pas admis/);
  });

  test("a partial name cannot reach the file system", () => {
    const error = renderError("{{> ../../../../etc/passwd}}");
    expect(error.message).toMatch(/document\.hbs:1 .*introuvable/);
    expect(renderError('{{> (lookup this "x")}}').message).toMatch(/en toutes lettres/);
  });

  test("a syntax error names the file and line", () => {
    expect(renderError("<p>\n{{#if x}}</p>").message).toMatch(/document\.hbs(:\d+)? : erreur de syntaxe/);
  });

  test("--templates overrides the built-in templates file by file", () => {
    const override = mkdtempSync(join(tmpdir(), "override-"));
    mkdirSync(join(override, "partials"));
    writeFileSync(join(override, "partials", "objectives-list.hbs"), "<p>OBJECTIFS PERSONNALISÉS</p>");
    const sources = findTemplates("fixture", { documentRoot: fixturesDir, overrideDir: override });
    expect(sources.partials.get("objectives-list")!.path).toBe(join(override, "partials", "objectives-list.hbs"));
    // Files the user did not give come from the built-in templates.
    expect(sources.partials.get("activity-card")!.path).toBe(join(builtinTemplatesDir, "partials", "activity-card.hbs"));
    const html = renderTemplates(sources, fixtureViewModel());
    expect(html).toContain("OBJECTIFS PERSONNALISÉS");
    expect(html).toContain("Activité 1.1");
  });

  test("templates export copies the built-in templates, keeping existing files unless --force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "export-"));
    writeFileSync(join(dir, "keep.txt"), "");
    mkdirSync(join(dir, "partials"));
    writeFileSync(join(dir, "partials", "activity-card.hbs"), "MINE");
    const lines: string[] = [];
    const output = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), isTTY: false };
    expect(await runTemplatesExport({ dir }, output)).toBe(0);
    expect(readdirSync(join(dir, "partials")).sort()).toEqual(readdirSync(join(builtinTemplatesDir, "partials")).sort());
    expect(readFileSync(join(dir, "partials", "activity-card.hbs"), "utf8")).toBe("MINE");
    expect(lines.join("\n")).toContain("activity-card.hbs");
    await runTemplatesExport({ dir, force: true }, output);
    expect(readFileSync(join(dir, "partials", "activity-card.hbs"), "utf8")).toBe(
      readFileSync(join(builtinTemplatesDir, "partials", "activity-card.hbs"), "utf8"),
    );
    expect(existsSync(join(dir, "keep.txt"))).toBe(true);
  });

  test("the fixture document renders (ACT-2 card, scenario table, progress bar)", () => {
    const html = renderTemplates(findTemplates("fixture", { documentRoot: fixturesDir }), fixtureViewModel(undefined, true));
    expect(html).toContain("Asynchrone, individuelle, en ligne");
    expect(html).toContain('<span class="todo">À COMPLÉTER\u202f: les consignes ou les attendus (ACT-2)</span>');
    expect(html).toContain('<p><input type="checkbox"> Lire le guide</p>');
    expect(fixtureDocument.template).toBe("fixture");
  });
});
