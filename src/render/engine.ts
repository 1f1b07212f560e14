import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Handlebars from "handlebars";
import { binaryFormatOf } from "../common/binary-format.js";
import { ExitCode, UserError } from "../common/errors.js";
import { codePointName, firstForbiddenXmlChar } from "../common/xml-chars.js";
import { lineColumnAt } from "../load/decode.js";
import { helpers } from "./helpers/index.js";
import type { TemplateFile, TemplateSources } from "./template-files.js";
import { frenchTypographyHtml } from "./typography.js";

type Node = hbs.AST.Node & Record<string, unknown>;

/** Names a template may not look up: the prototype chain's, so `{{constructor.constructor}}` fails at once. */
const FORBIDDEN = new Set([...Object.getOwnPropertyNames(Object.prototype), "prototype", "constructor", "__proto__"]);

/**
 * Renders a document's templates into HTML, with French typography on every text.
 *
 * Each set of templates has its own Handlebars instance: helpers and partials never leak between
 * documents.
 * Templates run strictly: a field the view model does not have is an error naming the template file
 * and line (exit code 2), not a blank — in `{{x}}` as in helper arguments (`{{#if x}}`,
 * `{{#each x}}`, `{{todo x "…"}}`), which plain Handlebars strict mode lets through.
 */
export function renderTemplates(sources: TemplateSources, data: unknown): string {
  const main = compiledTemplates(sources);
  let html: string;
  try {
    html = main(data);
  } catch (error) {
    throw templateError(error, sources.main);
  }
  return frenchTypographyHtml(html);
}

type Compiled = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/**
 * Compiled templates, by the exact text of every file they use: parsing and compiling the
 * cahier des charges' templates costs ~50 times rendering them, and a run (or a test file) renders
 * the same templates many times. The files are read on every call, so an edited template is
 * compiled anew; helpers are stateless, so a compiled set can be reused.
 */
const compiledCache = new Map<string, Compiled>();
const COMPILED_CACHE_SIZE = 32;

function compiledTemplates(sources: TemplateSources): Compiled {
  const texts = new Map<TemplateFile, string>([[sources.main, readTemplateText(sources.main)]]);
  for (const file of sources.partials.values()) texts.set(file, readTemplateText(file));
  const key = createHash("sha256")
    .update(JSON.stringify([...texts].map(([file, text]) => [file.path, text]).concat([...sources.partials.keys()].map((name) => [name, ""]))))
    .digest("hex");
  const cached = compiledCache.get(key);
  if (cached) return cached;
  const hb = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
  hb.unregisterHelper("log");
  hb.registerHelper("lookup", strictLookup);
  const partialNames = new Set(sources.partials.keys());
  for (const [name, file] of sources.partials) hb.registerPartial(name, compileFile(hb, file, partialNames, texts.get(file)!));
  const main = compileFile(hb, sources.main, partialNames, texts.get(sources.main)!);
  if (compiledCache.size >= COMPILED_CACHE_SIZE) compiledCache.delete(compiledCache.keys().next().value!);
  compiledCache.set(key, main);
  return main;
}

function compileFile(hb: typeof Handlebars, file: TemplateFile, partialNames: Set<string>, text: string): Compiled {
  // A built-in template, unchanged, comes precompiled with the build: no parse, no compile.
  const spec = precompiledTemplates()[precompiledKey(text, partialNames)];
  const template = spec ? (hb.template(spec as TemplateSpecification) as Compiled) : compileChecked(hb, file, partialNames, text);
  // Tag errors with the innermost template they come from: partials run inside other templates.
  return (context, options) => {
    try {
      return template(context, options);
    } catch (error) {
      if (error && typeof error === "object" && !(error as Tagged).templateFile) (error as Tagged).templateFile = file;
      throw error;
    }
  };
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
const COMPILE_OPTIONS = { strict: true, noEscape: false, preventIndent: true } as const;

/** Parses, checks and hardens a template (see checkAndHarden). */
function parseChecked(file: TemplateFile, partialNames: Set<string>, text: string): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(text, { srcName: file.display } as ParseOptions);
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const line = /line (\d+)/.exec(message)?.[1];
    throw new UserError(
      `${file.display}${line ? `:${line}` : ""} : erreur de syntaxe dans le modèle.\n${message}`,
      ExitCode.usage,
    );
  }
  checkAndHarden(ast as unknown as Node, file, partialNames);
  return ast;
}

function compileChecked(hb: typeof Handlebars, file: TemplateFile, partialNames: Set<string>, text: string): Compiled {
  return hb.compile(parseChecked(file, partialNames, text), COMPILE_OPTIONS) as Compiled;
}

/**
 * The key of a precompiled template: its exact text and the partials it may call (the checks
 * depend on them). An edited or overriding template has another key, and is compiled at run time.
 */
export function precompiledKey(text: string, partialNames: Set<string>): string {
  return createHash("sha256").update(text).update("\0").update([...partialNames].sort().join("\0")).digest("hex");
}

/** The JavaScript source of a template's precompiled form (scripts/precompile-templates.mjs writes them at build time). */
export function precompileTemplate(file: TemplateFile, partialNames: Set<string>, text: string): string {
  return Handlebars.precompile(parseChecked(file, partialNames, text), COMPILE_OPTIONS) as string;
}

/** Read once: precompiled-templates.cjs beside this module in dist/ (none when run from the sources). */
let precompiled: Record<string, unknown> | undefined;
function precompiledTemplates(): Record<string, unknown> {
  if (!precompiled) {
    try {
      precompiled = createRequire(import.meta.url)("./precompiled-templates.cjs") as Record<string, unknown>;
    } catch {
      precompiled = {};
    }
  }
  return precompiled;
}

/** Reads a template file as the engine does (for the build script). */
export function templateText(file: TemplateFile): string {
  return readTemplateText(file);
}

/** Above this size a file is not a template someone wrote (a template of the built-in ones is ~10 kB). */
const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

/**
 * A template's text: UTF-8 only, without the characters XML forbids (a NUL, an escape…). A binary
 * file is refused by a French message that never echoes its bytes.
 */
function readTemplateText(file: TemplateFile): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.path);
  } catch {
    throw new UserError(`${file.display} : lecture du modèle impossible.`, ExitCode.usage);
  }
  const refuse = (reason: string) => new UserError(`${file.display} : ${reason}`, ExitCode.usage);
  if (bytes.length > MAX_TEMPLATE_BYTES) throw refuse(`modèle trop volumineux (${Math.round(bytes.length / 1024)} Ko ; 2 Mo au plus).`);
  const format = binaryFormatOf(bytes);
  if (format) throw refuse(`ce fichier est ${format}, pas un modèle (texte HTML Handlebars en UTF-8).`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse("ce fichier n'est pas un texte en UTF-8 (fichier binaire ?) : un modèle est un texte HTML Handlebars enregistré en UTF-8.");
  }
  text = text.replace(/^\uFEFF/, "");
  const offset = firstForbiddenXmlChar(text);
  if (offset >= 0) {
    const first = codePointName(text[offset]!);
    const { line, column } = lineColumnAt(text, offset);
    const binary = text.includes("\u0000") ? " (fichier binaire ?)" : "";
    throw new UserError(
      `${file.display}:${line}:${column} : caractère ${first} interdit dans un modèle${binary} : un document Word ne peut pas le contenir.`,
      ExitCode.usage,
    );
  }
  return text;
}

/**
 * `lookup`, strict like every other field: `{{lookup course "titel"}}` on a field the data does not
 * have is the same error as `{{course.titel}}`, not a blank. A missing object (`null`) still gives
 * nothing, as with plain Handlebars.
 */
function strictLookup(this: unknown, obj: unknown, field: unknown, options: Handlebars.HelperOptions & { loc?: hbs.AST.SourceLocation }) {
  if (obj === null || obj === undefined) return obj;
  const name = String(field);
  const line = options.loc?.start.line ?? 0;
  const column = options.loc?.start.column ?? 0;
  if (FORBIDDEN.has(name)) throw new Handlebars.Exception(`forbidden "${name}" - ${line}:${column}`);
  if (typeof obj !== "object" || !Object.prototype.hasOwnProperty.call(obj, name)) {
    throw new Handlebars.Exception(`"${name}" not defined in lookup - ${line}:${column}`);
  }
  return (obj as Record<string, unknown>)[name];
}

interface Tagged {
  templateFile?: TemplateFile;
}
type ParseOptions = Parameters<typeof Handlebars.parse>[1] & { srcName?: string };

/**
 * Walks the template's syntax tree: refuses prototype names and unknown or computed partial names,
 * and makes every path strict, helper arguments included.
 */
function checkAndHarden(node: Node, file: TemplateFile, partialNames: Set<string>): void {
  const visit = (value: unknown, asArgument: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, asArgument);
      return;
    }
    if (!value || typeof value !== "object") return;
    const n = value as Node;
    switch (n.type) {
      case "PathExpression": {
        const parts = (n.parts as string[]) ?? [];
        for (const part of parts) {
          if (FORBIDDEN.has(part)) {
            throw new UserError(`${where(file, n)} : le champ « ${String(n.original)} » n'est pas admis dans un modèle.`, ExitCode.usage);
          }
        }
        if (asArgument) n.strict = true;
        return;
      }
      case "PartialStatement":
      case "PartialBlockStatement": {
        const name = n.name as Node;
        if (name.type !== "PathExpression" && name.type !== "StringLiteral") {
          throw new UserError(`${where(file, n)} : le nom d'un modèle partiel doit être écrit en toutes lettres.`, ExitCode.usage);
        }
        const partial = String(name.type === "PathExpression" ? name.original : name.value);
        if (!partialNames.has(partial)) {
          throw new UserError(
            `${where(file, n)} : modèle partiel « ${partial} » introuvable (il n'en existe que dans partials/ et dans le dossier du document : ${[...partialNames].sort().join(", ") || "aucun"}).`,
            ExitCode.usage,
          );
        }
        visit(n.params, true);
        visit(n.hash, true);
        visit(n.program, false);
        return;
      }
      case "MustacheStatement":
      case "BlockStatement":
      case "SubExpression":
      case "DecoratorBlock":
      case "Decorator": {
        visit(n.path, false);
        visit(n.params, true);
        visit(n.hash, true);
        visit(n.program, false);
        visit(n.inverse, false);
        return;
      }
      case "Hash":
        visit(n.pairs, true);
        return;
      case "HashPair":
        visit(n.value, true);
        return;
      case "Program":
        visit(n.body, false);
        return;
      default:
        return;
    }
  };
  visit(node, false);
}

function where(file: TemplateFile, node: { loc?: hbs.AST.SourceLocation | null }): string {
  const line = node.loc?.start.line;
  return line ? `${file.display}:${line}` : file.display;
}

/** A Handlebars error during rendering, as a user error naming the template file and line. */
function templateError(error: unknown, main: TemplateFile): unknown {
  if (error instanceof UserError) return error;
  const file = (error as Tagged)?.templateFile ?? main;
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const raw = String(e?.message ?? error);
  if (!(error instanceof Handlebars.Exception)) return runtimeError(error, file);
  const forbidden = /^forbidden "([^"]*)"/.exec(raw);
  const missing = /^"([^"]+)" not defined in/.exec(raw);
  const line = e?.lineNumber ?? Number(/ - (\d+):\d+$/.exec(raw)?.[1] ?? 0);
  const at = line ? `${file.display}:${line}` : file.display;
  if (forbidden) {
    return new UserError(`${raw.includes(" - 0:") ? file.display : `${file.display}:${/ - (\d+):/.exec(raw)?.[1]}`} : le champ « ${forbidden[1]} » n'est pas admis dans un modèle.`, ExitCode.usage);
  }
  if (missing) {
    // Handlebars names only the last part of the path (« titre » of « cours.titre »): show it whole.
    const expression = expressionAt(file, line, e?.column);
    const field = expression && expression.split(".").at(-1) === missing[1] ? expression : missing[1];
    return new UserError(
      `${at} : le champ « ${field} » n'existe pas dans les données du document (faute de frappe ?). ` +
        "Les modèles intégrés (mentor-docs templates export DOSSIER) montrent les champs disponibles.",
      ExitCode.usage,
    );
  }
  return new UserError(`${at} : erreur dans le modèle : ${raw.replace(/ - \d+:\d+$/, "")}`, ExitCode.usage);
}

/**
 * A JavaScript error while a template runs, in French, never as JavaScript's own words. The one
 * users meet: a field taken from a text or a number (`{{course.title.length}}`), which strict mode
 * reports as « Cannot use 'in' operator to search for 'length' in … » without a line: the line is
 * found in the template.
 */
function runtimeError(error: unknown, file: TemplateFile): UserError {
  const message = String((error as Error)?.message ?? "");
  const member = /^Cannot use 'in' operator to search for '([^']*)'/.exec(message);
  if (member) {
    const found = memberExpression(file, member[1]!);
    const at = found ? `${file.display}:${found.line}` : file.display;
    const expression = found?.expression ?? member[1]!;
    const parent = found ? found.expression.slice(0, -(member[1]!.length + 1)) : "la valeur";
    return new UserError(
      `${at} : le champ « ${expression} » n'existe pas : « ${parent} » est un texte ou un nombre, qui n'a pas de champ « ${member[1]} ».`,
      ExitCode.usage,
    );
  }
  // Our helpers' own messages are French already (see helpers/todo.ts).
  if (error instanceof Error && error.constructor === Error) {
    return new UserError(`${file.display} : erreur dans le modèle : ${message}`, ExitCode.usage);
  }
  if (error instanceof RangeError) {
    return new UserError(`${file.display} : le modèle s'appelle lui-même sans fin (un modèle partiel qui s'inclut lui-même ?).`, ExitCode.usage);
  }
  return new UserError(`${file.display} : erreur dans le modèle : une expression ne s'applique pas aux données du document.`, ExitCode.usage);
}

/** The first `a.b.name` path written in a template, with its line. */
function memberExpression(file: TemplateFile, name: string): { expression: string; line: number } | undefined {
  let text: string;
  try {
    text = readFileSync(file.path, "utf8");
  } catch {
    return undefined;
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`(?:[\\w@-]+|\\.\\.)(?:[./](?:[\\w@-]+|\\.\\.))*[./]${escaped}(?![\\w@-])`).exec(text);
  if (!match) return undefined;
  return { expression: match[0], line: lineColumnAt(text, match.index).line };
}

/** The path written in the template at a line and column (0-based), as `cours.titre`; undefined if unknown. */
function expressionAt(file: TemplateFile, line: number, column: number | undefined): string | undefined {
  if (!line || column === undefined) return undefined;
  try {
    const text = readFileSync(file.path, "utf8").replace(/^\uFEFF/, "").split("\n")[line - 1] ?? "";
    return /^(?:[\w@-]+|\.\.)(?:[./](?:[\w@-]+|\.\.))*/.exec(text.slice(column))?.[0];
  } catch {
    return undefined;
  }
}
