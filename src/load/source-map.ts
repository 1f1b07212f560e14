import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from "yaml";
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
        const found = child(node, segment);
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

function child(node: unknown, segment: PathSegment): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)) {
        return { key: item.key, value: item.value ?? item.key };
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
