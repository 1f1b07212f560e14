/**
 * The complete projects every document test runs on: the bundled examples and the realistic
 * fixtures of test/fixtures/projects (each passes `check` with no error), and helpers to render
 * their documents as HTML without writing anything.
 */
import { readdirSync, readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { helpers } from "../../src/render/helpers/index.js";
import { checkProject, type CheckResult } from "../../src/check/index.js";
import { documents } from "../../src/documents/registry.js";
import { loadProjectFile, type LoadedFile } from "../../src/load/load-project.js";
import { buildViewModel, type ViewModel } from "../../src/model/index.js";
import { renderTemplates } from "../../src/render/engine.js";
import { findTemplates } from "../../src/render/template-files.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { validateProject } from "../../src/validate/index.js";

const filesIn = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/i.test(e.name))
    .map((e) => `${dir}/${e.name}`)
    .sort();

/** The bundled examples (drafts excluded). */
export const EXAMPLES = filesIn("examples");
/** The realistic fixture projects. */
export const FIXTURES = filesIn("test/fixtures/projects");
/** Every complete project; the large generated course is left to the tests that need its size. */
export const COMPLETE_PROJECTS = [...EXAMPLES, ...FIXTURES];

export interface Loaded {
  file: string;
  loaded: LoadedFile;
  project: TrainingProject;
  check: CheckResult;
}

export async function load(file: string): Promise<Loaded> {
  const loaded = await loadProjectFile(file);
  const validation = validateProject(loaded);
  if (!validation.valid) throw new Error(`${file} is not valid: ${validation.problems.map((p) => p.message).join("; ")}`);
  return { file, loaded, project: validation.project, check: checkProject(validation.project, loaded.source) };
}

/** The HTML of every document, by document id. */
export function renderAll(vm: ViewModel): Record<string, string> {
  return Object.fromEntries(documents.map((d) => [d.id, renderTemplates(findTemplates(d.template, {}), vm)]));
}

/**
 * Fills `loaded` and `html` with each project, loaded, and the HTML of its documents: for a test
 * file's beforeAll, whose tests read both by project file.
 */
export async function loadAndRender(files: readonly string[], loaded: Record<string, Loaded>, html: Record<string, Record<string, string>>): Promise<void> {
  for (const file of files) {
    loaded[file] = await load(file);
    html[file] = renderAll(viewModelOf(loaded[file]!));
  }
}

export function viewModelOf({ project, check }: Loaded, draft = false): ViewModel {
  return buildViewModel(project, { draft, check, sourceDateEpoch: 0 });
}

/**
 * A renderer that compiles every document's templates once, for tests that render hundreds of
 * projects (the engine compiles on each call). Plain Handlebars, no typography: enough to find
 * what the templates print; the strict engine is tested elsewhere.
 */
export function cachedRenderer(): (vm: ViewModel) => Record<string, string> {
  const compiled = documents.map((d) => {
    const sources = findTemplates(d.template, {});
    const hb = Handlebars.create();
    for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
    for (const [name, file] of sources.partials) hb.registerPartial(name, hb.compile(readFileSync(file.path, "utf8"), { preventIndent: true }));
    return [d.id, hb.compile(readFileSync(sources.main.path, "utf8"), { preventIndent: true })] as const;
  });
  return (vm) => Object.fromEntries(compiled.map(([id, template]) => [id, template(vm)]));
}

/** Plain text of an HTML fragment, spaces made plain. */
export const htmlText = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ");

/** The HTML between a heading that contains `title` and the next heading of any level. */
export function htmlSection(html: string, title: string): string {
  const start = html.search(new RegExp(`<h[1-6][^>]*>[^<]*${title}`));
  if (start < 0) throw new Error(`no heading « ${title} »`);
  const rest = html.slice(start);
  const next = rest.slice(4).search(/<h[1-6][\s>]/);
  return next < 0 ? rest : rest.slice(0, next + 4);
}
