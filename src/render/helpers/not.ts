/** `{{#if (not a)}}`: true when the value is falsy (lists: empty). */
export function not(value: unknown): boolean {
  return Array.isArray(value) ? value.length === 0 : !value;
}
