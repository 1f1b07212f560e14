/** Small helpers the rules share to read partial data and to word their messages. */

/** True for a string with something other than spaces. */
export function filled(text: unknown): boolean {
  return typeof text === "string" && text.trim() !== "";
}

/** True for a non-empty array. */
export function some(list: unknown): boolean {
  return Array.isArray(list) && list.length > 0;
}

/**
 * The title of a unit, activity or resource, else its id. Read loosely: the generated types may
 * lack `title`, and an unfinished project may too.
 */
export function titleOf(node: unknown): string {
  const { title, id } = (node ?? {}) as { title?: unknown; id?: unknown };
  if (filled(title)) return String(title).trim();
  if (filled(id)) return String(id);
  return "sans titre";
}

/** `« Forum de présentation »` */
export function quoted(text: string): string {
  return `«\u00a0${text}\u00a0»`;
}

/** French enumeration: `a`, `a et b`, `a, b et c`. */
export function listFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

/** True when `node[key]` is a string with something in it; reads loosely, whatever the node's type. */
export function hasText(node: unknown, key: string): boolean {
  return filled((node as Record<string, unknown> | undefined)?.[key]);
}
