/** `{{lowerFirst label}}`: the label with its first letter in lower case, for use inside a sentence. */
export function lowerFirst(value: unknown): string {
  const text = typeof value === "string" ? value : String(value ?? "");
  return text.charAt(0).toLowerCase() + text.slice(1);
}
