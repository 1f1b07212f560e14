/**
 * The CLI renders the built-in templates precompiled by scripts/precompile-templates.mjs (npm run
 * build); the sources compile them at run time. Both must give the same HTML, every built-in
 * template must be precompiled, and a template the user edits must never get the stale code.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documents } from "../../src/documents/registry.js";
import { renderTemplates as renderFromSources } from "../../src/render/engine.js";
import { findTemplates } from "../../src/render/template-files.js";
import { COMPLETE_PROJECTS, load, viewModelOf } from "../documents/projects.js";

const root = join(import.meta.dirname, "../..");
const compiledPath = join(root, "dist/render/precompiled-templates.cjs");
type Engine = typeof import("../../src/render/engine.js");
const built = (): Promise<Engine> => import(join(root, "dist/render/engine.js"));

describe.runIf(existsSync(compiledPath))("precompiled templates", () => {
  it("every built-in template has its precompiled code", async () => {
    const { precompiledKey, templateText } = await built();
    const precompiled = createRequire(import.meta.url)(compiledPath) as Record<string, unknown>;
    for (const document of documents) {
      const sources = findTemplates(document.template, { documentRoot: document.templateRoot });
      const names = new Set(sources.partials.keys());
      for (const file of [sources.main, ...sources.partials.values()]) expect(precompiled[precompiledKey(templateText(file), names)], file.display).toBeDefined();
    }
  });

  it("give the same HTML as the templates compiled at run time, for every document of every project", async () => {
    const { renderTemplates } = await built();
    for (const project of COMPLETE_PROJECTS) {
      const vm = viewModelOf(await load(project));
      for (const document of documents) {
        const sources = findTemplates(document.template, { documentRoot: document.templateRoot });
        expect(renderTemplates(sources, vm), `${project}: ${document.id}`).toBe(renderFromSources(sources, vm));
      }
    }
  });

  it("a template edited by the user is compiled anew, not served from the precompiled code", async () => {
    const { renderTemplates } = await built();
    const overrides = mkdtempSync(join(tmpdir(), "precompiled-override-"));
    cpSync(join(root, "templates/fiche-formation"), join(overrides, "fiche-formation"), { recursive: true });
    const main = join(overrides, "fiche-formation/document.hbs");
    writeFileSync(main, `<p>Ajout de l'utilisateur</p>\n${readFileSync(main, "utf8")}`);
    const vm = viewModelOf(await load(COMPLETE_PROJECTS[0]!));
    const html = renderTemplates(findTemplates("fiche-formation", { overrideDir: overrides }), vm);
    expect(html).toContain("Ajout de l’utilisateur");
  });
});
