import type { ErrorObject } from "ajv";
import localizeFrModule from "ajv-i18n/localize/fr/index.js";
import type { Problem } from "../common/errors.js";
import { formatPath, pointerToPath, type PathSegment } from "../common/json-path.js";
import { closest } from "../common/suggest.js";
import type { SourceLocator } from "../load/source-map.js";
import { trainingProjectSchema } from "../schema/index.js";

// Node's ESM loader gives the CommonJS export itself as the default import; bundlers and vitest
// give `{ default: … }`. Either way, the function.
const localizeFr: typeof localizeFrModule.default =
  (localizeFrModule as unknown as { default?: typeof localizeFrModule.default }).default ?? (localizeFrModule as unknown as typeof localizeFrModule.default);

const TYPE_NAMES: Record<string, string> = {
  string: "un texte",
  number: "un nombre",
  integer: "un nombre entier",
  boolean: "vrai ou faux (true / false)",
  array: "une liste",
  object: "un objet (des clés et leurs valeurs)",
  null: "rien (null)",
};

/** Turns ajv's errors into located French problems, one per error, in the order of the file. */
export function schemaProblems(errors: readonly ErrorObject[], data: unknown, source: SourceLocator): Problem[] {
  const problems = errors.map((error) => toProblem(error, data, source));
  return dedupe(problems).sort((a, b) => a.line - b.line || a.column - b.column);
}

function toProblem(error: ErrorObject, data: unknown, source: SourceLocator): Problem {
  const base = pointerToPath(error.instancePath);
  const at = (path: PathSegment[], key = false) => {
    const { line, column } = source.locate(path, { key });
    return { file: source.file, line, column, path: formatPath(path) };
  };
  const value = valueAt(data, base);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(schemaNodeAt(base).node.properties ?? {});
      const guess = closest(key, known);
      const hint = guess ? ` ; vouliez-vous dire « ${guess} » ?` : ` ; clés possibles : ${known.join(", ")}`;
      return { ...at([...base, key], true), message: `clé inconnue « ${key} »${hint}`, code: "schema.unknown-key" };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return {
        ...at(base),
        path: formatPath([...base, missing]),
        message: `champ obligatoire manquant : « ${missing} »`,
        code: "schema.required",
      };
    }
    case "enum": {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const guess = closest(String(value), allowed);
      const hint = guess ? ` ; vouliez-vous dire « ${guess} » ?` : "";
      return {
        ...at(base),
        message: `valeur non admise « ${String(value)} » ; valeurs possibles : ${allowed.join(", ")}${hint}`,
        code: "schema.enum",
      };
    }
    case "type": {
      const expected = String(error.params.type)
        .split(",")
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(" ou ");
      return { ...at(base), message: `type incorrect : attendu ${expected}, reçu ${describe(value)}`, code: "schema.type" };
    }
    case "pattern":
      return { ...at(base), ...patternMessage(error, String(value), schemaNodeAt(base).definition) };
    case "format":
      return { ...at(base), ...formatMessage(error, String(value)) };
    case "maxLength":
      return {
        ...at(base),
        message: `texte trop long : ${[...String(value)].length} caractères pour ${String(error.params.limit)} au plus`,
        code: "schema.max-length",
      };
    case "minLength":
      return { ...at(base), message: "texte vide : ce champ doit être renseigné", code: "schema.min-length" };
    default: {
      const copy = { ...error };
      localizeFr([copy]);
      return { ...at(base), message: copy.message ?? "valeur invalide", code: `schema.${error.keyword}` };
    }
  }
}

function patternMessage(error: ErrorObject, value: string, definition: string | undefined): { message: string; code: string } {
  if (definition === "duration") {
    return {
      message: `durée invalide « ${value} » : attendu « 1h30 », « 45 min » ou « PT1H30M »`,
      code: "schema.duration",
    };
  }
  if (definition === "time") {
    return { message: `heure invalide « ${value} » : attendu HH:MM, par exemple « 09:30 »`, code: "schema.time" };
  }
  if (definition === "id") {
    return {
      message: `identifiant invalide « ${value} » : lettres, chiffres, « - », « . » ou « _ », en commençant par une lettre`,
      code: "schema.id",
    };
  }
  const copy = { ...error };
  localizeFr([copy]);
  return { message: `valeur invalide « ${value} » : ${copy.message ?? "format incorrect"}`, code: "schema.pattern" };
}

function formatMessage(error: ErrorObject, value: string): { message: string; code: string } {
  switch (error.params.format) {
    case "date":
      return { message: `date invalide « ${value} » : attendu AAAA-MM-JJ, par exemple « 2026-03-09 »`, code: "schema.date" };
    case "email":
      return { message: `adresse électronique invalide « ${value} »`, code: "schema.email" };
    case "uri":
      return { message: `adresse web invalide « ${value} » : attendu une adresse complète, par exemple « https://… »`, code: "schema.url" };
    default:
      return { message: `valeur invalide « ${value} »`, code: "schema.format" };
  }
}

function describe(value: unknown): string {
  if (value === null) return "rien (null)";
  if (Array.isArray(value)) return "une liste";
  if (typeof value === "string") return `le texte « ${value.length > 40 ? value.slice(0, 40) + "…" : value} »`;
  if (typeof value === "number") return `le nombre ${value}`;
  if (typeof value === "boolean") return `la valeur ${value}`;
  return TYPE_NAMES[typeof value] ?? typeof value;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}

type SchemaNode = { $ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode };

/**
 * The schema node that describes the value at an instance path, and the name of the `$defs`
 * definition it comes from. Walking the schema along the data works the same whether the
 * validator was compiled now or precompiled (whose schemaPaths are relative to each definition).
 */
function schemaNodeAt(path: readonly PathSegment[]): { node: SchemaNode; definition?: string } {
  const root = trainingProjectSchema() as SchemaNode & { $defs: Record<string, SchemaNode> };
  let node: SchemaNode | undefined = root;
  let definition: string | undefined;
  const resolve = () => {
    while (node?.$ref) {
      definition = node.$ref.replace("#/$defs/", "");
      node = root.$defs[definition];
    }
  };
  resolve();
  for (const segment of path) {
    node = typeof segment === "number" ? node?.items : node?.properties?.[segment];
    definition = undefined;
    resolve();
  }
  return { node: node ?? {}, definition };
}
