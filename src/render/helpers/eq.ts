/** `{{#if (eq a b)}}`: strict equality, for choosing wording; never for computing. */
export function eq(a: unknown, b: unknown): boolean {
  return a === b;
}
