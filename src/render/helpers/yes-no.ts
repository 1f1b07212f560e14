/** `{{yesNo activity.tracked}}` → `Oui`, `Non`, or nothing when not given. */
export function yesNo(value: unknown): string {
  if (value === true) return "Oui";
  if (value === false) return "Non";
  return "";
}
