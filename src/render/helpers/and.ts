/** `{{#if (and a b)}}`: true when every argument is truthy (an empty list counts as false). */
export function and(...args: unknown[]): boolean {
  return args.slice(0, -1).every((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
}
