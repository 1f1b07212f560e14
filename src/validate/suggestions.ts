/**
 * « Vouliez-vous dire … ? » by meaning as well as by spelling: the French and English words an
 * author may write for a key or a value are kept in the schema itself (`x-synonyms` beside a
 * property's title, `x-value-synonyms` beside an enum), so editors and `validate` share one list.
 */
import { closest } from "../common/suggest.js";
import { child, type ResolvedNode } from "./schema-walk.js";

/** Case, accents, spaces and punctuation do not matter: `Public visé` = `publicVise` = `public_vise`. */
export function normaliseWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** A key the author probably meant: a property of the object, or of one of its objects (`registration.details`). */
export interface KeySuggestion {
  /** The property path from the object: `["targetAudience"]` or `["registration", "details"]`. */
  path: string[];
  node: ResolvedNode;
}

export function suggestKey(word: string, object: ResolvedNode): KeySuggestion | undefined {
  const wanted = normaliseWord(word);
  const properties = Object.keys(object.node.properties ?? {});
  const propertyNode = (key: string) => child(object, key)!;
  const meaning = (key: string, node: ResolvedNode) =>
    normaliseWord(key) === wanted || (node.node["x-synonyms"] ?? []).some((s) => normaliseWord(s) === wanted);

  // By meaning: a property of this object, then a property of one of its objects.
  for (const key of properties) if (meaning(key, propertyNode(key))) return { path: [key], node: propertyNode(key) };
  for (const key of properties) {
    const inner = propertyNode(key);
    for (const innerKey of Object.keys(inner.node.properties ?? {})) {
      const innerNode = child(inner, innerKey)!;
      if (meaning(innerKey, innerNode)) return { path: [key, innerKey], node: innerNode };
    }
  }
  // By spelling: the closest key or synonym.
  const words = new Map<string, string>();
  for (const key of properties) {
    words.set(key, key);
    for (const synonym of propertyNode(key).node["x-synonyms"] ?? []) if (!words.has(synonym)) words.set(synonym, key);
  }
  const guess = closest(word, [...words.keys()]);
  if (guess === undefined) return undefined;
  const key = words.get(guess)!;
  return { path: [key], node: propertyNode(key) };
}

/** The allowed value the author probably meant: by meaning (`présentiel` → `on-site`), then by spelling. */
export function suggestValue(word: string, enumNode: ResolvedNode): string | undefined {
  const allowed = (enumNode.node.enum ?? []).map(String);
  const synonyms = enumNode.node["x-value-synonyms"] ?? {};
  const wanted = normaliseWord(word);
  const byMeaning =
    allowed.find((value) => normaliseWord(value) === wanted) ??
    allowed.find((value) => (synonyms[value] ?? []).some((s) => normaliseWord(s) === wanted));
  if (byMeaning) return byMeaning;
  const words = new Map<string, string>(allowed.map((v) => [v, v]));
  for (const value of allowed) for (const synonym of synonyms[value] ?? []) if (!words.has(synonym)) words.set(synonym, value);
  const guess = closest(word, [...words.keys()]);
  return guess === undefined ? undefined : words.get(guess);
}
