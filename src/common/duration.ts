/**
 * Durations as people write them (« 1h30 », « 1 h 30 », « 45 min », « 2 h ») or ISO 8601 (« PT1H30M »).
 * The schema's `duration` pattern accepts the same forms; this turns them into minutes.
 */
const HUMAN = /^\s*(?:([0-9]+)\s*h(?:\s*([0-5]?[0-9])(?:\s*min)?)?|([0-9]+)\s*min)\s*$/i;
const ISO = /^\s*PT(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?\s*$/;

/** Minutes in a duration, or `undefined` when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const human = HUMAN.exec(text);
  if (human) {
    if (human[3] !== undefined) return Number(human[3]);
    return Number(human[1]) * 60 + Number(human[2] ?? 0);
  }
  const iso = ISO.exec(text);
  if (iso) return Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0);
  return undefined;
}

/** Minutes in French: `1 h 30`, `45 min`, `2 h`, `0 min` (with no-break spaces). */
export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m}\u00a0min`;
  if (m === 0) return `${h}\u00a0h`;
  return `${h}\u00a0h\u00a0${String(m).padStart(2, "0")}`;
}
