/** `{{plural tracking.count "activité" "activités"}}` → `1 activité`, `3 activités`, `0 activité`. */
export function plural(count: unknown, singular: unknown, pluralForm: unknown): string {
  const n = Number(count) || 0;
  const word = n > 1 ? (typeof pluralForm === "string" ? pluralForm : `${String(singular)}s`) : String(singular);
  return `${n} ${word}`;
}
