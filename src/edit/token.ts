import { randomBytes, timingSafeEqual } from "node:crypto";

/** A random token for the editor's URL: every request must carry it. */
export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Constant-time comparison, so that the token cannot be guessed character by character. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
