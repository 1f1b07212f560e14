import type { Problem } from "../common/errors.js";
import { formatPath, type PathSegment } from "../common/json-path.js";
import type { SourceLocator } from "../load/source-map.js";
import { child, resolve, schemaRoot, type ResolvedNode } from "./schema-walk.js";
import { valueMeaning } from "./expectations.js";

/** One former value found in the data, and the value that replaces it. */
export interface RenamedValue {
  path: PathSegment[];
  from: string;
  to: string;
}

/**
 * Former enum values of the data (`presentiel`, `inscriptionlibre`…), found by walking the data
 * along the schema's `x-renamed-values`. The data is not changed.
 */
export function findRenamedValues(data: unknown): RenamedValue[] {
  const found: RenamedValue[] = [];
  const visit = (value: unknown, node: ResolvedNode | undefined, path: PathSegment[]) => {
    if (!node) return;
    if (typeof value === "string") {
      const to = node.node["x-renamed-values"]?.[value];
      if (to !== undefined && Object.hasOwn(node.node["x-renamed-values"]!, value)) found.push({ path, from: value, to });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, child(node, i), [...path, i]));
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) visit(item, child(node, key), [...path, key]);
    }
  };
  visit(data, resolve(schemaRoot(), ""), []);
  return found;
}

/** A copy of `data` with the renamed values replaced by their current names (the rest shared). */
export function withCurrentValues(data: unknown, renamed: readonly RenamedValue[]): unknown {
  if (renamed.length === 0) return data;
  const copy = structuredClone(data) as Record<string | number, unknown>;
  for (const { path, to } of renamed) {
    let parent: Record<string | number, unknown> = copy;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = to;
  }
  return copy;
}

/** The located warning for a former value: which value replaces it, and how to rewrite the file. */
export function renamedValueWarning(renamed: RenamedValue, source: SourceLocator): Problem {
  const { line, column } = source.locate(renamed.path);
  const meaning = valueMeaning(renamed.path, renamed.to);
  return {
    file: source.file,
    line,
    column,
    path: formatPath(renamed.path),
    message:
      `valeur ancienne « ${renamed.from} » : écrivez désormais « ${renamed.to} »${meaning ? ` (${meaning})` : ""} ; ` +
      `elle est encore acceptée dans cette version, « mentor-docs migrate ${source.file} » réécrit le fichier`,
    code: "schema.renamed-value",
  };
}
