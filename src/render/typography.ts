/**
 * French typography, applied to every text of a document, the user's and the templates':
 * a narrow no-break space (U+202F) before ; : ! ? and inside « », and a no-break space (U+00A0)
 * between a number and its unit, and the typographic apostrophe ’ for ' between two letters
 * (« l’équipe », « aujourd’hui »). URLs, e-mail addresses, times (09:30), HTML tags and their
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

/** ' between two letters is an elision or an apostrophe inside a word: ’. A quote around a word stays. */
const APOSTROPHE = /(\p{L})'(?=\p{L})/gu;

/** The typographic apostrophe alone, for values set outside the templates (a learner's name). */
export function typographicApostrophes(text: string): string {
  return text.replace(APOSTROPHE, "$1’");
}

function fixPlain(text: string): string {
  return text
    .replace(APOSTROPHE, "$1’")
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
    // An escaped apostrophe (Handlebars escapes ') is plain text to the rules: ' is valid in HTML text.
    if (token === "&#x27;" || token === "&#39;") return "'";
    kept.push(token);
    return `\ue000${String.fromCharCode(0xe100 + kept.length - 1)}\ue001`;
  });
  if (kept.length > 0x0eff) return text; // more tokens than placeholders: leave such a text alone
  return fixPlain(masked).replace(/\ue000([\ue100-\uefff])\ue001/g, (_m, c: string) => kept[c.charCodeAt(0) - 0xe100]!);
}

/** Tags that end a paragraph or a cell: punctuation after them does not belong to the text before. */
const BLOCK_TAG = /^<\/?(?:p|div|li|ul|ol|td|th|tr|table|thead|tbody|h[1-6]|br|hr|blockquote|section|article|header|footer)\b/i;
/** ; : ! ? at the start of a text, with the space before them if any, as the rules above see them. */
const LEADING_PUNCTUATION = /^[ \u00a0\u202f]?(?:[;!?]+(?=[\s»)\]"'’.,…]|$)|:(?=\s|$))/;
/** A text that ends with a word (and a space or none), before the punctuation of the next text. */
const ENDS_WITH_WORD = /[^\s;:!?«(\[\u00a0\u202f][ \u00a0\u202f]?$/;

/**
 * French typography on the text of HTML, leaving tags and attributes alone. The spaces before
 * ; : ! ? also go across inline tags: `<strong>Objet</strong> : …` gets its narrow no-break space,
 * as the text Word shows is one even if its runs are several.
 */
export function frenchTypographyHtml(html: string): string {
  // Our HTML comes from templates whose values are escaped: a raw `<` only ever opens a tag.
  // A template's <style> element is CSS, not text: it is kept as it is.
  let inStyle = false;
  const parts = html.split(/(<[^>]*>)/);
  /** Index of the last text part since the last block tag, if it ends with a word. */
  let previous = -1;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      if (/^<style[\s>]/i.test(part)) inStyle = true;
      else if (/^<\/style\s*>/i.test(part)) inStyle = false;
      if (BLOCK_TAG.test(part)) previous = -1;
      continue;
    }
    if (inStyle || part === "") continue;
    let text = frenchTypography(part);
    const leading = LEADING_PUNCTUATION.exec(text);
    if (leading && previous >= 0) {
      // The space goes where it is: at the end of the previous text, or at the start of this one.
      const before = parts[previous]!;
      if (/\s$/.test(before)) parts[previous] = before.replace(/\s+$/, NNBSP);
      else text = NNBSP + text.replace(/^[ \u00a0\u202f]/, "");
    }
    parts[i] = text;
    // White space alone between two inline tags stands for the space before the punctuation.
    previous = ENDS_WITH_WORD.test(text) ? i : /^\s+$/.test(text) && previous >= 0 ? i : -1;
  }
  return parts.join("");
}
