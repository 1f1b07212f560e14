import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from "yaml";
import type { PathSegment } from "../common/json-path.js";

/** Where an element of the data stands in its source file. */
export interface SourceLocator {
  readonly file: string;
  /**
   * Line and column of the value at `path`, or of its key with `{ key: true }`. When the path does
   * not exist (a missing property), the nearest existing ancestor is located instead.
   */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; column: number };
}

/** Locates paths in a parsed YAML document (JSON files are parsed this way too, for positions). */
export function yamlLocator(file: string, doc: Document, lineCounter: LineCounter): SourceLocator {
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return {
    file,
    locate(path, options = {}) {
      let node: unknown = doc.contents;
      let keyNode: unknown;
      for (const segment of path) {
        const found = child(node, segment, doc);
        if (!found) return nodeStart(options.key && keyNode ? keyNode : node);
        node = found.value;
        keyNode = found.key;
      }
      return nodeStart(options.key && keyNode ? keyNode : node);
    },
  };
  function nodeStart(node: unknown) {
    const range = (node as Node | null)?.range;
    return range ? at(range[0]) : { line: 1, column: 1 };
  }
}

/**
 * The key and value at `segment` in a map or sequence. A key a map takes from « <<: *commun » is
 * found where the anchor writes it (a problem in shared settings is shown where they are written);
 * inside a value that is a whole alias (« - *commun »), the alias itself is the place shown, where
 * the value is used again.
 */
function child(node: unknown, segment: PathSegment, doc: Document, depth = 0): { key?: unknown; value: unknown } | undefined {
  if (depth > 20) return undefined;
  if (isAlias(node)) {
    // Only as the source of a merge: a key taken from « <<: *commun ».
    return depth > 0 ? child(node.resolve(doc), segment, doc, depth + 1) : undefined;
  }
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && !isMergeKey(item.key) && String(item.key.value) === String(segment)) {
        return { key: item.key, value: item.value ?? item.key };
      }
    }
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key) || !isMergeKey(item.key)) continue;
      const sources = isSeq(item.value) ? item.value.items : [item.value];
      for (const source of sources) {
        const found = child(source, segment, doc, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

/** « << », which the parser gives as a symbol once merge keys are on. */
function isMergeKey(key: { value: unknown; source?: string }): boolean {
  return typeof key.value === "symbol" || key.value === "<<" || key.source === "<<";
}
