import { parseDuration } from "../../common/duration.js";

/**
 * A completion date as people and exports write it: ISO `2026-03-09` or French `09/03/2026`
 * (also `9/3/2026`, `09-03-2026`, `09.03.2026`), optionally followed by a time (`09/03/2026 14:32`,
 * `2026-03-09T14:32:00Z`), which is dropped. Returns `YYYY-MM-DD`, or `undefined` if not a real date.
 */
export function parseLearnerDate(text: string): string | undefined {
  const value = text.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+(?:à\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?)?$/.exec(value);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (french) {
    [day, month, year] = [Number(french[1]), Number(french[2]), Number(french[3])];
  } else {
    return undefined;
  }
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Time spent, in minutes: the durations of project files (`1h30`, `45 min`, `PT1H30M`), clock form
 * (`01:30`, `1:30:00`), Moodle's words (`2 heures 30 minutes`, `1 heure`, `3 hours 5 mins`), or a
 * bare number of minutes (`90`). `undefined` when unreadable.
 */
export function parseTimeSpent(text: string): number | undefined {
  const value = text.trim().replace(/\u00a0|\u202f/g, " ");
  if (value === "") return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Math.round(Number(clock[3] ?? 0) / 60);
  const known = parseDuration(value);
  if (known !== undefined) return known;
  const words =
    /^(?:(\d+)\s*(?:jours?|days?)\s*)?(?:(\d+)\s*(?:heures?|hours?|hrs?|h)\s*)?(?:(\d+)\s*(?:minutes?|mins?|mn|m)\s*)?(?:(\d+)\s*(?:secondes?|seconds?|secs?|s)\s*)?$/i.exec(
      value,
    );
  if (words && (words[1] ?? words[2] ?? words[3] ?? words[4]) !== undefined) {
    return (
      Number(words[1] ?? 0) * 24 * 60 + Number(words[2] ?? 0) * 60 + Number(words[3] ?? 0) + Math.round(Number(words[4] ?? 0) / 60)
    );
  }
  return undefined;
}

/** A plausible e-mail address: one `@`, a non-empty local part, a domain with a dot, no space. */
export function isValidEmail(text: string): boolean {
  return /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:.]{2,}$/u.test(text) && !text.includes("..");
}
