/**
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE,
 * U+FFFF; surrogates that are not part of a pair). A document part holding one is not well-formed:
 * Word and LibreOffice refuse to open the whole document. They are removed from the user's text
 * when it is read, with a warning, rather than written.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** True when `text` holds a character XML 1.0 forbids. */
export function hasForbiddenXmlChars(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const found = FORBIDDEN.test(text);
  FORBIDDEN.lastIndex = 0;
  return found;
}

/** Offset of the first character XML 1.0 forbids in `text`, or -1. */
export function firstForbiddenXmlChar(text: string): number {
  return text.search(FORBIDDEN);
}

/** `text` without the characters XML 1.0 forbids. */
export function stripForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN, "");
}

/** The forbidden characters of `text`, as « U+FFFE » names, each once, in order of appearance. */
export function forbiddenXmlCharNames(text: string): string[] {
  const names = new Set<string>();
  for (const [char] of text.matchAll(FORBIDDEN)) names.add(codePointName(char));
  return [...names];
}

export function codePointName(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The French warning for a value that lost such characters. */
export function forbiddenCharsMessage(names: readonly string[]): string {
  const list = names.slice(0, 5).join(", ") + (names.length > 5 ? "…" : "");
  return `avertissement : caractère${names.length > 1 ? "s" : ""} interdit${names.length > 1 ? "s" : ""} dans un document Word (${list}) supprimé${names.length > 1 ? "s" : ""} du texte`;
}

/** How many located warnings are given before the rest are counted in one line. */
export const MAX_CHAR_WARNINGS = 20;

/**
 * Removes the forbidden characters from the values of rows read from a list (learners' CSV, JSON or
 * YAML), in place, and notes where: `file:line  colonne « nom »  avertissement : …`.
 */
export function stripForbiddenXmlCharsInRows(
  rows: readonly { line: number; values: Map<string, string> }[],
  file: string,
  notes: string[],
  /** The column's name as the user knows it, from the key of `values`. */
  columnName: (key: string) => string = (key) => key,
): void {
  let count = 0;
  for (const row of rows) {
    for (const [header, value] of row.values) {
      if (!hasForbiddenXmlChars(value)) continue;
      if (count < MAX_CHAR_WARNINGS) {
        notes.push(`${file}:${row.line}:1  colonne « ${stripForbiddenXmlChars(columnName(header))} »  ${forbiddenCharsMessage(forbiddenXmlCharNames(value))}`);
      }
      count++;
      row.values.set(header, stripForbiddenXmlChars(value));
    }
  }
  if (count > MAX_CHAR_WARNINGS) {
    notes.push(`${file} : ${count - MAX_CHAR_WARNINGS} autres valeurs ont perdu des caractères interdits dans un document Word.`);
  }
}
