import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { ExitCode, UserError } from "../common/errors.js";
import { helpers } from "./helpers/index.js";
import type { TemplateFile, TemplateSources } from "./template-files.js";
import { frenchTypographyHtml } from "./typography.js";

type Node = hbs.AST.Node & Record<string, unknown>;

/** Names a template may not look up: the prototype chain's, so `{{constructor.constructor}}` fails at once. */
const FORBIDDEN = new Set([...Object.getOwnPropertyNames(Object.prototype), "prototype", "constructor", "__proto__"]);

/**
 * Renders a document's templates into HTML, with French typography on every text.
 *
 * Each call uses its own Handlebars instance: helpers and partials never leak between documents.
 * Templates run strictly: a field the view model does not have is an error naming the template file
 * and line (exit code 2), not a blank — in `{{x}}` as in helper arguments (`{{#if x}}`,
 * `{{#each x}}`, `{{todo x "…"}}`), which plain Handlebars strict mode lets through.
 */
export function renderTemplates(sources: TemplateSources, data: unknown): string {
  const hb = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
  hb.unregisterHelper("log");
  const partialNames = new Set(sources.partials.keys());
  for (const [name, file] of sources.partials) hb.registerPartial(name, compileFile(hb, file, partialNames));
  const main = compileFile(hb, sources.main, partialNames);
  let html: string;
  try {
    html = main(data);
  } catch (error) {
    throw templateError(error, sources.main);
  }
  return frenchTypographyHtml(html);
}

type Compiled = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

function compileFile(hb: typeof Handlebars, file: TemplateFile, partialNames: Set<string>): Compiled {
  let text: string;
  try {
    text = readFileSync(file.path, "utf8").replace(/^\uFEFF/, "");
  } catch {
    throw new UserError(`${file.display} : lecture du modèle impossible.`, ExitCode.usage);
  }
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
  const template = hb.compile(ast, { strict: true, noEscape: false, preventIndent: true }) as Compiled;
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
  const missing = /^"([^"]+)" not defined in/.exec(raw);
  const line = e?.lineNumber ?? Number(/ - (\d+):\d+$/.exec(raw)?.[1] ?? 0);
  const at = line ? `${file.display}:${line}` : file.display;
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
