import { trainingProjectSchema } from "../schema/index.js";

type SchemaNode = Record<string, unknown>;

/**
 * Gives every object of the data every property its schema declares: absent ones are present with
 * the value `undefined`, absent arrays are empty and absent objects are objects whose properties are
 * all `undefined`. Templates run in strict mode, where a misspelt field is an error; this is what
 * lets them still ask for an optional field that the user left out (`{{#if course.goal}}`).
 */
export function completeFromSchema<T>(value: T, pointer = ""): T {
  const root = trainingProjectSchema();
  return fill(value, resolve(root, pointer ? nodeAt(root, pointer) : root)) as T;
}

function fill(value: unknown, node: SchemaNode): unknown {
  const root = trainingProjectSchema();
  node = resolve(root, node);
  if (node.type === "array" || (value === undefined && node.items)) {
    const items = resolve(root, (node.items ?? {}) as SchemaNode);
    return Array.isArray(value) ? value.map((item) => fill(item, items)) : [];
  }
  const properties = node.properties as Record<string, SchemaNode> | undefined;
  if (node.type === "object" && properties) {
    const source = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(properties)) out[key] = fill(source[key], child);
    // Keep anything else as it is (the schema forbids extra properties; this is only defensive).
    for (const [key, v] of Object.entries(source)) if (!(key in out)) out[key] = v;
    return out;
  }
  return value;
}

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  for (let i = 0; i < 20 && typeof current.$ref === "string"; i++) {
    current = nodeAt(root, (current.$ref as string).replace(/^#/, ""));
  }
  return current;
}

function nodeAt(root: SchemaNode, pointer: string): SchemaNode {
  let node: unknown = root;
  for (const part of pointer.split("/").slice(1)) node = (node as SchemaNode)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  if (!node || typeof node !== "object") throw new Error(`Schema node not found: ${pointer}`);
  return node as SchemaNode;
}
