/**
 * Offset of the first JSON syntax error in `text`, or undefined when the text is valid JSON.
 *
 * JSON.parse does not always say where it failed: Node 20 reports « Unexpected token '}', "…" is
 * not valid JSON » without a position for a stray character. This small scanner finds the
 * offending character itself. It is iterative (an explicit stack), so deep nesting cannot overflow.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const closers: string[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  /** Reads a string, number or literal at `i`; on failure `i` is left on the offending character. */
  const scalar = (): boolean => {
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        const c = text[i]!;
        if (c === '"') {
          i++;
          return true;
        }
        if (c === "\\") {
          const escaped = text[i + 1];
          if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) i += 2;
          else if (escaped === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
          else return false;
          continue;
        }
        if (c < " ") return false;
        i++;
      }
      return false;
    }
    const number = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 512));
    if (number) {
      i += number[0].length;
      return true;
    }
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return true;
      }
    }
    return false;
  };
  /** Reads `"key" :` inside an object. */
  const key = (): boolean => {
    if (text[i] !== '"' || !scalar()) return false;
    skipSpace();
    if (text[i] !== ":") return false;
    i++;
    return true;
  };

  for (;;) {
    // A value is expected here.
    skipSpace();
    if (text[i] === "{") {
      i++;
      skipSpace();
      if (text[i] === "}") i++;
      else {
        closers.push("}");
        if (!key()) return i;
        continue;
      }
    } else if (text[i] === "[") {
      i++;
      skipSpace();
      if (text[i] === "]") i++;
      else {
        closers.push("]");
        continue;
      }
    } else if (!scalar()) return i;
    // After a value: close containers, or go on after a comma.
    for (;;) {
      skipSpace();
      const closer = closers[closers.length - 1];
      if (closer === undefined) return i < text.length ? i : undefined;
      if (text[i] === closer) {
        closers.pop();
        i++;
        continue;
      }
      if (text[i] !== ",") return i;
      i++;
      skipSpace();
      if (closer === "}" && !key()) return i;
      break;
    }
  }
}

/** What a scan of valid JSON text finds that JSON.parse does not say. */
export interface JsonScan {
  /** An object has the same key twice (JSON.parse keeps the last; the YAML parser reports it). */
  duplicateKeys: boolean;
  /** Offset where objects and arrays nest deeper than `maxDepth`, if they do. */
  tooDeepAt?: number;
}

/** Scans `text` (JSON that JSON.parse accepted) once, for duplicate keys and excessive nesting. */
export function scanJson(text: string, maxDepth = Number.POSITIVE_INFINITY): JsonScan {
  /** One entry per open object (its keys so far) or array (null). */
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  let duplicateKeys = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote (the text is valid JSON).
      let end = i + 1;
      while (text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c ? 2 : 1;
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes("\\") ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (keys.has(key)) duplicateKeys = true;
        keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      open.push(c === 0x7b ? new Set() : null);
      expectKey = c === 0x7b;
      if (open.length > maxDepth) return { duplicateKeys, tooDeepAt: i };
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
    } else if (c === 0x2c) {
      expectKey = open.length > 0 && open[open.length - 1] !== null;
    }
  }
  return { duplicateKeys };
}
