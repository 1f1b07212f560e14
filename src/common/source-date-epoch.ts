import { ExitCode, UserError } from "./errors.js";

/** 9999-12-31T23:59:59Z: the last second a four-digit ISO date can show. */
const LAST_SECOND = 253_402_300_799;

/**
 * `SOURCE_DATE_EPOCH` (reproducible-builds.org): a whole number of seconds since 1970-01-01 UTC,
 * written as `date +%s` writes it. Empty or absent: `undefined`. Anything else (`1e20`, `-5`,
 * `12.5`, `demain`) is refused with a French message (exit 2), as the specification asks, rather
 * than turned into an impossible date deep in the rendering.
 */
export function parseSourceDateEpoch(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (text === "") return undefined;
  const seconds = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(seconds) || seconds > LAST_SECOND) {
    throw new UserError(
      `SOURCE_DATE_EPOCH : valeur « ${text.slice(0, 40)} » inutilisable : attendu un nombre entier de secondes depuis le ` +
        "1er janvier 1970 (comme l'écrit « date +%s », par exemple 1767225600), avant l'an 10000. " +
        "Corrigez cette variable d'environnement ou retirez-la.",
      ExitCode.usage,
    );
  }
  return seconds;
}
