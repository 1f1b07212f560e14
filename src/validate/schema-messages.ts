import type { ErrorObject } from "ajv";
import localizeFrModule from "ajv-i18n/localize/fr/index.js";
import type { Problem } from "../common/errors.js";
import { formatPath, pointerToPath, type PathSegment } from "../common/json-path.js";
import type { SourceLocator } from "../load/source-map.js";
import { enumValues, expectation, TYPE_NAMES } from "./expectations.js";
import { child, schemaNodeAt, type ResolvedNode } from "./schema-walk.js";
import { suggestKey, suggestValue } from "./suggestions.js";

// Node's ESM loader gives the CommonJS export itself as the default import; bundlers and vitest
// give `{ default: … }`. Either way, the function.
const localizeFr: typeof localizeFrModule.default =
  (localizeFrModule as unknown as { default?: typeof localizeFrModule.default }).default ?? (localizeFrModule as unknown as typeof localizeFrModule.default);


/**
 * Turns ajv's errors into located French problems, each saying what is expected, in the order of
 * the file. Each problem is given once: a value of the wrong type is not also reported as a value
 * outside an enum, or as a text of the wrong form.
 */
export function schemaProblems(errors: readonly ErrorObject[], data: unknown, source: SourceLocator): Problem[] {
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const kept = errors.filter((e) => e.keyword === "type" || e.keyword === "required" || e.keyword === "additionalProperties" || !wrongType.has(e.instancePath));
  const problems = kept.map((error) => toProblem(error, data, source));
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
      const object = schemaNodeAt(base);
      const guess = object ? suggestKey(key, object) : undefined;
      let hint: string;
      if (guess) {
        const [first, inner] = guess.path;
        const title = guess.node.node.title ? ` (${guess.node.node.title})` : "";
        const where = inner ? `« ${inner} » dans « ${first} »${title}, soit ${first}: { ${inner}: … }` : `« ${first} »${title}`;
        const expected = expectation(guess.node, [...base, ...guess.path], data);
        const misfit = !fits(valueAt(data, [...base, key]), guess.node.node);
        hint = ` ; vouliez-vous dire ${where} ?${misfit ? ` Attendu : ${expected}` : ""}`;
      } else {
        hint = object ? ` ; attendu ${expectation(object, base, data)}` : "";
      }
      return { ...at([...base, key], true), message: `clé inconnue « ${key} »${hint}`, code: "schema.unknown-key" };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      const node = schemaNodeAt([...base, missing]);
      const title = node?.node.title ? ` (${node.node.title})` : "";
      const expected = node ? ` : attendu ${expectation(node, [...base, missing], data)}` : "";
      return {
        ...at(base),
        path: formatPath([...base, missing]),
        message: `champ obligatoire manquant : « ${missing} »${title}${expected}`,
        code: "schema.required",
      };
    }
    case "enum": {
      const node = schemaNodeAt(base);
      const allowed = node ? enumValues(node) : (error.params.allowedValues as unknown[]).map(String).join(", ");
      const guess = node && typeof value === "string" ? suggestValue(value, node) : undefined;
      const hint = guess ? ` ; vouliez-vous dire « ${guess} » ?` : "";
      return {
        ...at(base),
        message: `valeur non admise ${describeValue(value)} ; valeurs possibles : ${allowed}${hint}`,
        code: "schema.enum",
      };
    }
    case "type": {
      const node = schemaNodeAt(base);
      const expected = node
        ? expectation(node, base, data)
        : String(error.params.type)
            .split(",")
            .map((t) => TYPE_NAMES[t] ?? t)
            .join(" ou ");
      const inside = node && typeof value === "string" ? keyForValue(node, value) : undefined;
      const hint = inside ? ` ; vouliez-vous dire ${formatPath(base)}: { ${inside}: ${value} } ?` : "";
      return { ...at(base), message: `type incorrect : attendu ${expected}, reçu ${describe(value)}${hint}`, code: "schema.type" };
    }
    case "pattern":
      return { ...at(base), ...patternMessage(error, String(value), schemaNodeAt(base)?.definition) };
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

/** The key of an object whose allowed values include a text written in the object's place (`navigation: free`). */
function keyForValue(object: ResolvedNode, value: string): string | undefined {
  for (const key of Object.keys(object.node.properties ?? {})) {
    const property = child(object, key);
    if (property?.node.enum?.includes(value)) return key;
  }
  return undefined;
}

/** `« hybride »` for a text, else what the value is (never `[object Object]`). */
function describeValue(value: unknown): string {
  return typeof value === "string" ? `« ${value} »` : describe(value);
}

/** True when a value has the JSON type a schema node wants (a reason to say what it wants). */
function fits(value: unknown, node: { type?: string | string[]; properties?: unknown; enum?: unknown[] }): boolean {
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : node.properties ? ["object"] : [];
  if (types.length === 0) return true;
  const actual = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return types.some((t) => t === actual || ((t === "integer" || t === "number") && actual === "number"));
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
