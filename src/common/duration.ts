/**
 * Durations as people write them (« 1h30 », « 1 h 30 », « 1 heure 30 », « 45 min », « 90 minutes »,
 * « 2 h », « 1,5 h ») or ISO 8601 (« PT1H30M »). The schema's `duration` pattern accepts the same
 * forms (a test keeps the two in step); this turns them into minutes.
 */
const UNIT_H = "(?:h|heures?)";
const UNIT_MIN = "(?:min|mn|minutes?)";
const HUMAN = new RegExp(
  `^\\s*(?:([0-9]+)\\s*${UNIT_H}(?:\\s*([0-5]?[0-9])(?:\\s*${UNIT_MIN})?)?|([0-9]+[.,][0-9]{1,2})\\s*${UNIT_H}|([0-9]+)\\s*${UNIT_MIN})\\s*$`,
  "i", // lenient (« 1H30 » in a learners' list); for projects the schema's pattern, checked first, is not
);
const ISO = /^\s*PT(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?\s*$/;

/** Minutes in a duration, or `undefined` when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const human = HUMAN.exec(text);
  if (human) {
    if (human[4] !== undefined) return Number(human[4]);
    // Decimal hours (« 1,5 h »), to the nearest minute.
    if (human[3] !== undefined) return Math.round(Number(human[3].replace(",", ".")) * 60);
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
