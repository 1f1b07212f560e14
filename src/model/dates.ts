/**
 * Dates in French, written from our own tables so the output never depends on the machine's locale
 * or ICU data. Dates are calendar dates (no time zone): « 2026-03-09 » is always lundi 9 mars 2026.
 */
const DAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"] as const;
const MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date as documents show it, in its three usual forms. */
export interface FrenchDate {
  /** `2026-03-09` */
  iso: string;
  /** `lundi 9 mars 2026` */
  long: string;
  /** `9 mars 2026` */
  medium: string;
  /** `09/03/2026` */
  short: string;
}

/** Parses an ISO calendar date; undefined when absent or not a real date. */
export function frenchDate(iso: string | undefined | null): FrenchDate | undefined {
  if (!iso) return undefined;
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  // French writes the first day of a month as an ordinal: « 1er mars ».
  const dayText = day === 1 ? "1er" : String(day);
  const medium = `${dayText}\u00a0${MONTHS[month - 1]}\u00a0${year}`;
  return {
    iso,
    long: `${DAYS[date.getUTCDay()]} ${medium}`,
    medium,
    short: `${match[3]}/${match[2]}/${match[1]}`,
  };
}

/** Whether a free text names the date by its day and month (« 9 mars », « 1er avril »), spaces of any kind. */
export function textNamesDate(text: string | undefined, date: FrenchDate | undefined): boolean {
  if (!text || !date) return false;
  const [day, month] = date.medium.split("\u00a0");
  return new RegExp(`(^|[^\\d])${day}\\s+${month}(?![\\p{L}])`, "u").test(text.replace(/[\u00a0\u202f]/g, " "));
}

/** `du lundi 9 mars 2026 au vendredi 13 mars 2026`, `à partir du …`, `jusqu'au …`, or undefined. */
export function frenchPeriod(start: string | undefined, end: string | undefined): string | undefined {
  const from = frenchDate(start);
  const to = frenchDate(end);
  if (from && to) return from.iso === to.iso ? `le ${from.long}` : `du ${from.long} au ${to.long}`;
  if (from) return `à partir du ${from.long}`;
  if (to) return `jusqu'au ${to.long}`;
  return undefined;
}

/** The ISO date of a Unix time in seconds (UTC), as `SOURCE_DATE_EPOCH` gives it. */
export function isoDateFromEpoch(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
