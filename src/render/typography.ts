/**
 * French typography, applied to every text of a document, the user's and the templates':
 * a narrow no-break space (U+202F) before ; : ! ? and inside « », and a no-break space (U+00A0)
 * between a number and its unit. URLs, e-mail addresses, times (09:30), HTML tags and their
 * attributes and character references (&amp;) are left as they are.
 */
const NNBSP = "\u202f";
const NBSP = "\u00a0";

/**
 * Tokens left untouched inside a text: URLs, e-mail addresses and HTML character references. An
 * address's local part is at most 64 characters (RFC 5321): unbounded, a long word without « @ »
 * would be scanned again from each of its letters (quadratic time).
 */
const PROTECTED = /(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|&#?[A-Za-z0-9]{1,32};)/;

const UNITS = "h|min|s|%|€|km|m|cm|mm|kg|g|Mo|Go|ko|j|ans?|jours?|semaines?|mois|heures?|minutes?|secondes?|personnes?|participants?|pages?";
/** A number, a space, a unit: the space becomes no-break. */
const NUMBER_SPACE_UNIT = new RegExp(`(\\d)[ \\u00a0\\u202f](${UNITS})(?![\\p{L}\\p{N}])`, "gu");
/** `50%`, `12€`: French puts a no-break space there. */
const NUMBER_PERCENT = /(\d)(%|€)/g;
/** ; ! ? after a word (an optional space before), followed by a space, a closing sign or the end. */
const HIGH_PUNCTUATION = /([^\s;:!?«(\[\u00a0\u202f])[ \u00a0\u202f]?([;!?]+)(?=[\s»)\]"'’.,…]|$)/g;
/** A colon after a word and before a space or the end: never in 09:30 nor in https://. */
const COLON = /([^\s;:!?«(\[\u00a0\u202f])[ \u00a0\u202f]?:(?=\s|$)/g;

function fixPlain(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
    .replace(HIGH_PUNCTUATION, `$1${NNBSP}$2`)
    .replace(COLON, `$1${NNBSP}:`)
    .replace(NUMBER_SPACE_UNIT, `$1${NBSP}$2`)
    .replace(NUMBER_PERCENT, `$1${NBSP}$2`);
}

/** French typography on plain text (a title for the document properties, a footer…). */
export function frenchTypography(text: string): string {
  // Protected tokens become placeholders (private-use characters, no digits, no spaces), so the
  // rules still see a word where a token stands (`&#x27;ok&#x27; !`) but never change it.
  const kept: string[] = [];
  const masked = text.replace(new RegExp(PROTECTED.source, "g"), (token) => {
    kept.push(token);
    return `\ue000${String.fromCharCode(0xe100 + kept.length - 1)}\ue001`;
  });
  if (kept.length > 0x0eff) return text; // more tokens than placeholders: leave such a text alone
  return fixPlain(masked).replace(/\ue000([\ue100-\uefff])\ue001/g, (_m, c: string) => kept[c.charCodeAt(0) - 0xe100]!);
}

/** French typography on the text of HTML, leaving tags and attributes alone. */
export function frenchTypographyHtml(html: string): string {
  // Our HTML comes from templates whose values are escaped: a raw `<` only ever opens a tag.
  // A template's <style> element is CSS, not text: it is kept as it is.
  let inStyle = false;
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 1) {
        if (/^<style[\s>]/i.test(part)) inStyle = true;
        else if (/^<\/style\s*>/i.test(part)) inStyle = false;
        return part;
      }
      return inStyle ? part : frenchTypography(part);
    })
    .join("");
}
