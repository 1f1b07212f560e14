/**
 * Conventions of the schema that editors and users rely on: every property and definition has a
 * French title and description (shown as help in editors), and every object refuses unknown keys
 * (additionalProperties: false), so that a typo is reported rather than silently ignored.
 */
import { describe, expect, it } from "vitest";
import { trainingProjectSchema } from "../../src/schema/index.js";

type Node = Record<string, unknown>;
const schema = trainingProjectSchema() as Node;
const defs = schema.$defs as Record<string, Node>;

/** Every schema node with its path, walking properties, items and $defs. */
function walk(node: Node, path: string, out: { node: Node; path: string; isProperty: boolean }[] = [], isProperty = false) {
  out.push({ node, path, isProperty });
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) walk(child, `${path}.properties.${key}`, out, true);
  if (node.items && typeof node.items === "object") walk(node.items as Node, `${path}.items`, out);
  if (node.$defs) for (const [key, child] of Object.entries(node.$defs as Record<string, Node>)) walk(child, `$defs.${key}`, out, true);
  return out;
}
const nodes = walk(schema, "(racine)");

/** A node's own title/description, else those of the definition it refers to. */
function documented(node: Node, key: "title" | "description"): unknown {
  if (typeof node[key] === "string") return node[key];
  const ref = typeof node.$ref === "string" ? defs[node.$ref.replace("#/$defs/", "")] : undefined;
  return ref?.[key];
}

/** Words that betray English text; none of them is a French word. */
const ENGLISH = /\b(the|of|and|with|is|are|this|must|should|which|for)\b/i;

describe("schema conventions", () => {
  it("the walk reaches the whole schema", () => {
    expect(nodes.length).toBeGreaterThan(200);
    expect(nodes.some((n) => n.path === "$defs.activity.properties.workload.properties.trainer")).toBe(true);
  });

  it("every property and definition has a French title and description", () => {
    const missing: string[] = [];
    const english: string[] = [];
    for (const { node, path, isProperty } of nodes) {
      if (!isProperty && !node.title && !node.$ref) continue;
      for (const key of ["title", "description"] as const) {
        const text = documented(node, key);
        if (typeof text !== "string" || text.trim() === "") missing.push(`${path} (${key})`);
        else if (ENGLISH.test(text)) english.push(`${path} (${key}) : ${text}`);
      }
    }
    expect(missing).toEqual([]);
    expect(english).toEqual([]);
  });

  it("array items have a French title and description", () => {
    const missing = nodes
      .filter(({ path }) => path.endsWith(".items"))
      .filter(({ node }) => !documented(node, "title") || !documented(node, "description"))
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it("every object refuses unknown keys (additionalProperties: false)", () => {
    const objects = nodes.filter(({ node }) => node.type === "object" || node.properties !== undefined);
    expect(objects.length).toBeGreaterThan(30);
    expect(objects.filter(({ node }) => node.additionalProperties !== false).map(({ path }) => path)).toEqual([]);
  });

  it("every $ref points to an existing definition", () => {
    const refs = nodes.map(({ node }) => node.$ref).filter((ref): ref is string => typeof ref === "string");
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((ref) => !defs[ref.replace("#/$defs/", "")])).toEqual([]);
  });
});
