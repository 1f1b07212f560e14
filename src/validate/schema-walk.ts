import type { PathSegment } from "../common/json-path.js";
import { trainingProjectSchema } from "../schema/index.js";

/** The parts of a schema node that `validate` reads to word its messages and suggestions. */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  "x-synonyms"?: string[];
  "x-value-synonyms"?: Record<string, string[]>;
  "x-renamed-values"?: Record<string, string>;
}

/** A schema node with where it comes from: its `$defs` name, if any, and its JSON Pointer in the schema. */
export interface ResolvedNode {
  /** The node, its `$ref`s followed; the annotations written beside a `$ref` are kept. */
  node: SchemaNode;
  /** The `$defs` definition the node is (`duration`, `idRef`…), when it is one. */
  definition?: string;
  /** JSON Pointer of the node in the schema (`/$defs/session/properties/openTo`). */
  pointer: string;
}

export function schemaRoot(): SchemaNode & { $defs: Record<string, SchemaNode> } {
  return trainingProjectSchema() as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
}

/**
 * Follows `$ref`s: the title, description and synonyms written beside a `$ref` win over those of
 * the definition (as editors show them).
 */
export function resolve(node: SchemaNode | undefined, pointer: string): ResolvedNode | undefined {
  if (!node) return undefined;
  const root = schemaRoot();
  let current: SchemaNode = node;
  let definition: string | undefined;
  let at = pointer;
  const own: SchemaNode = {};
  for (const key of ["title", "description", "x-synonyms"] as const) if (node[key] !== undefined) Object.assign(own, { [key]: node[key] });
  while (current.$ref) {
    definition = current.$ref.replace("#/$defs/", "");
    at = `/$defs/${definition}`;
    const next = root.$defs[definition];
    if (!next) break;
    current = next;
  }
  return { node: { ...current, ...own, $ref: undefined }, definition, pointer: at };
}

/** The child node of `parent` for one step of an instance path (a key, or an index into a list). */
export function child(parent: ResolvedNode, segment: PathSegment): ResolvedNode | undefined {
  if (typeof segment === "number") return resolve(parent.node.items, `${parent.pointer}/items`);
  return resolve(parent.node.properties?.[segment], `${parent.pointer}/properties/${segment}`);
}

/** The schema node that describes the value at an instance path, or undefined off the schema. */
export function schemaNodeAt(path: readonly PathSegment[]): ResolvedNode | undefined {
  let node = resolve(schemaRoot(), "");
  for (const segment of path) {
    if (!node) return undefined;
    node = child(node, segment);
  }
  return node;
}
