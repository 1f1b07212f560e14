/** `{{#if (or a b)}}`: true when one of the values is truthy (lists: non-empty). */
export function or(...args: unknown[]): boolean {
  return args.slice(0, -1).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
}
