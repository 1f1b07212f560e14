/**
 * What a place of the schema expects, in French words an author can act on without opening the
 * schema: the keys of an object (which are required), the allowed values of an enum with their
 * meaning, what a reference must point to, the written form of a date or a duration.
 */
import type { PathSegment } from "../common/json-path.js";
import { ENUM_TABLES, LABELS } from "../model/labels.js";
import { resolve, schemaNodeAt, type ResolvedNode } from "./schema-walk.js";

/** What a reference designates, by the key that holds it. */
type RefKind = "objectif" | "activité" | "unité";
const REF_KIND_BY_KEY: Record<string, RefKind> = {
  objectives: "objectif",
  activity: "activité",
  activities: "activité",
  evaluationQuestionnaire: "activité",
  units: "unité",
};
const REF_EXAMPLE: Record<RefKind, string> = { objectif: "obj-1", activité: "a-quiz-final", unité: "u1" };
const REF_WHERE: Record<RefKind, string> = {
  objectif: "déclaré dans course.objectives",
  activité: "déclarée dans les activités d'une unité (units[…].activities)",
  unité: "déclarée dans units",
};

const BY_DEFINITION: Record<string, string> = {
  duration: "une durée, par exemple « 1h30 », « 45 min » ou « PT1H30M »",
  date: "une date AAAA-MM-JJ, par exemple « 2026-03-09 »",
  time: "une heure HH:MM, par exemple « 09:30 »",
  email: "une adresse électronique, par exemple « formation@interieur.gouv.fr »",
  url: "une adresse web complète, par exemple « https://www.service-public.fr »",
  id: "un identifiant (lettres, chiffres, « - », « . » ou « _ », en commençant par une lettre), par exemple « obj-1 »",
  file: "le chemin d'un fichier, relatif au fichier du projet (un texte)",
  text: "un texte",
};

/** JSON types in French, as the messages name them. */
export const TYPE_NAMES: Record<string, string> = {
  string: "un texte",
  number: "un nombre",
  integer: "un nombre entier",
  boolean: "vrai ou faux (true / false)",
  array: "une liste",
  object: "un objet (des clés et leurs valeurs)",
  null: "rien (null)",
};

/** Beyond this many keys, an object's keys are listed without their French titles. */
const KEYS_WITH_TITLES = 8;

/**
 * What is expected at `path`, as a phrase that follows « attendu » (`un objet avec les clés …`).
 * `data` lends the reference examples the author's own ids.
 */
export function expectationAt(path: readonly PathSegment[], data?: unknown): string | undefined {
  const at = schemaNodeAt(path);
  return at ? expectation(at, path, data) : undefined;
}

export function expectation(at: ResolvedNode, path: readonly PathSegment[], data?: unknown): string {
  const { node, definition } = at;
  if (node.enum) return `une de ces valeurs : ${enumValues(at)}`;
  if (definition === "idRef") return referenceExpectation(path, data);
  if (definition && BY_DEFINITION[definition]) return BY_DEFINITION[definition]!;
  if (node.properties) return objectExpectation(at);
  if (node.type === "array") {
    const items = at.node.items ? schemaNodeAt([...path, 0]) : undefined;
    return items ? `une liste, chaque élément étant ${expectation(items, [...path, 0], data)}` : "une liste";
  }
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  return types.map((t) => TYPE_NAMES[t] ?? t).join(" ou ") || "une valeur";
}

/** `a (Sens de a), b (Sens de b)`: the allowed values with their French meaning. */
export function enumValues(at: ResolvedNode): string {
  return (at.node.enum ?? []).map((value) => {
    const meaning = meaningOf(at.pointer, String(value));
    return meaning ? `${String(value)} (${meaning})` : String(value);
  }).join(", ");
}

/** The French meaning of an enum value at a data path (`on-site` → `Présentiel`). */
export function valueMeaning(path: readonly PathSegment[], value: string): string | undefined {
  const at = schemaNodeAt(path);
  return at ? meaningOf(at.pointer, value) : undefined;
}

function meaningOf(pointer: string, value: string): string | undefined {
  const table = ENUM_TABLES[pointer];
  return table ? (LABELS[table] as Record<string, string>)[value] : undefined;
}

/** `un objet avec les clés : mode (Mode), details (Précisions)`, the required ones said so. */
function objectExpectation(at: ResolvedNode): string {
  const properties = Object.entries(at.node.properties ?? {});
  const required = new Set(at.node.required ?? []);
  const withTitles = properties.length <= KEYS_WITH_TITLES;
  const keys = properties.map(([key, property]) => {
    const title = withTitles ? resolve(property, "")?.node.title : undefined;
    const notes = [title, required.has(key) ? "obligatoire" : undefined].filter(Boolean);
    return notes.length ? `${key} (${notes.join(", ")})` : key;
  });
  return `un objet avec les clés : ${keys.join(", ")}`;
}

/** `l'identifiant d'une activité déclarée dans …, par exemple « a-quiz-final »`. */
export function referenceExpectation(path: readonly PathSegment[], data?: unknown): string {
  const key = [...path].reverse().find((s): s is string => typeof s === "string");
  const kind = key ? REF_KIND_BY_KEY[key] : undefined;
  if (!kind) return "l'identifiant d'un élément défini ailleurs dans le projet (un texte)";
  const example = idsOfKind(data, kind)[0] ?? REF_EXAMPLE[kind];
  const article = kind === "objectif" ? "d'un" : "d'une";
  return `l'identifiant ${article} ${kind} ${REF_WHERE[kind]} (un texte), par exemple « ${example} »`;
}

/** The ids of one kind the data declares, read loosely (the data may be far from valid). */
function idsOfKind(data: unknown, kind: RefKind): string[] {
  const ids: string[] = [];
  const record = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const root = record(data);
  if (kind === "objectif") {
    for (const o of list(record(root.course).objectives)) if (typeof record(o).id === "string") ids.push(record(o).id as string);
    return ids;
  }
  const visit = (units: unknown, depth: number) => {
    if (depth > 50) return;
    for (const u of list(units)) {
      const unit = record(u);
      if (kind === "unité" && typeof unit.id === "string") ids.push(unit.id);
      if (kind === "activité") for (const a of list(unit.activities)) if (typeof record(a).id === "string") ids.push(record(a).id as string);
      visit(unit.units, depth + 1);
    }
  };
  visit(root.units, 0);
  return ids;
}
