import type { Problem } from "../common/errors.js";
import { formatPath, type PathSegment } from "../common/json-path.js";
import {
  MAX_CHAR_WARNINGS,
  forbiddenCharsMessage,
  forbiddenXmlCharNames,
  hasForbiddenXmlChars,
  stripForbiddenXmlChars,
} from "../common/xml-chars.js";
import type { SourceLocator } from "./source-map.js";

/**
 * Removes, in place, the characters XML 1.0 forbids from every text of the loaded data (written raw
 * or as escapes such as `"\uFFFE"`), and returns one located warning per text concerned (the first
 * MAX_CHAR_WARNINGS, then a count). Walked with an explicit stack: deep data cannot overflow it;
 * a value shared by YAML aliases is visited once.
 */
export function stripForbiddenChars(data: unknown, source: SourceLocator): { data: unknown; warnings: Problem[] } {
  const warnings: Problem[] = [];
  let count = 0;
  const found = (pathOf: () => PathSegment[], value: string) => {
    count++;
    if (count > MAX_CHAR_WARNINGS) return;
    const path = pathOf();
    const { line, column } = source.locate(path);
    warnings.push({
      file: source.file,
      line,
      column,
      path: formatPath(path),
      message: forbiddenCharsMessage(forbiddenXmlCharNames(value)),
      code: "text.forbidden-character",
    });
  };
  if (typeof data === "string") {
    if (!hasForbiddenXmlChars(data)) return { data, warnings };
    found(() => [], data);
    return { data: stripForbiddenXmlChars(data), warnings };
  }
  // Each entry knows its parent: the path is built only for a text that needs a warning.
  interface Entry {
    value: object;
    key?: PathSegment;
    parent?: Entry;
  }
  const pathOf = (entry: Entry | undefined): PathSegment[] => {
    const path: PathSegment[] = [];
    for (let e = entry; e?.parent; e = e.parent) path.push(e.key!);
    return path.reverse();
  };
  const seen = new Set<object>();
  const stack: Entry[] = data && typeof data === "object" ? [{ value: data }] : [];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const value = entry.value;
    if (seen.has(value)) continue;
    seen.add(value);
    const container = value as Record<string | number, unknown>;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    // Reversed, so that warnings come in the file's order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      const child = container[key];
      if (typeof child === "string") {
        if (hasForbiddenXmlChars(child)) {
          found(() => [...pathOf(entry), key], child);
          container[key] = stripForbiddenXmlChars(child);
        }
      } else if (child && typeof child === "object") stack.push({ value: child, key, parent: entry });
    }
  }
  warnings.sort((a, b) => a.line - b.line || a.column - b.column);
  if (count > MAX_CHAR_WARNINGS) {
    warnings.push({
      file: source.file,
      line: 0,
      column: 0,
      path: "",
      message: `avertissement : ${count - MAX_CHAR_WARNINGS} autres textes ont perdu des caractères interdits dans un document Word`,
      code: "text.forbidden-character",
    });
  }
  return { data, warnings };
}
