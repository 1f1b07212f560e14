import type { PageNumberEstimator } from "docx";
import { estimatePageNumbersWith, type MeasureWidth } from "docx/layout";
import { SANS_WIDTHS } from "./font-widths.generated.js";

type Face = keyof typeof SANS_WIDTHS;
const faces = new Map<Face, ReadonlyMap<number, number>>();

/** A face's widths, in ems, by code point (decoded once). */
function widthsOf(face: Face): ReadonlyMap<number, number> {
  let widths = faces.get(face);
  if (!widths) {
    widths = new Map(
      SANS_WIDTHS[face].split(",").map((pair) => {
        const [code, width] = pair.split(":");
        return [parseInt(code!, 36), parseInt(width!, 36) / 10_000];
      }),
    );
    faces.set(face, widths);
  }
  return widths;
}

const MARK = /\p{Mn}|\p{Me}|\p{Cf}/u;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f000}-\u{1faff}]/u;

/**
 * Measures text with Arial's widths, as docx/layout's tables give them (read into
 * font-widths.generated.ts by scripts/gen-font-widths.mjs), whatever its font: the documents are in
 * Marianne, which those tables do not have and which docx/layout's best guess measures as Arial too. Widths are remembered per face and size, as the layout measures the same
 * words again and again. A character the table lacks is as wide as an average lowercase letter,
 * an ideograph an em, and a combining mark takes no room, as docx/layout measures them.
 */
export function createSansMeasurer(): MeasureWidth {
  const known = new Map<string, number>();
  return (text, { size, bold, italic }) => {
    const face: Face = bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";
    const key = `${face} ${size} ${text}`;
    let width = known.get(key);
    if (width === undefined) {
      const widths = widthsOf(face);
      let ems = 0;
      for (const character of text) {
        const own = widths.get(character.codePointAt(0)!);
        ems += own ?? (MARK.test(character) ? 0 : WIDE.test(character) ? 1 : averageLetter(face));
      }
      width = ems * size;
      known.set(key, width);
    }
    return width;
  };
}

const averages = new Map<Face, number>();
function averageLetter(face: Face): number {
  let average = averages.get(face);
  if (average === undefined) {
    const widths = widthsOf(face);
    const letters = [..."abcdefghijklmnopqrstuvwxyz"].map((c) => widths.get(c.codePointAt(0)!) ?? 0.5);
    average = letters.reduce((a, b) => a + b, 0) / letters.length;
    averages.set(face, average);
  }
  return average;
}

/**
 * Works out the page of each heading, for the table of contents' page numbers, with docx/layout.
 * It lays out every page as Word would; measuring with the table above, rather than docx's own
 * lookups, makes it several times faster for the same numbers. The estimator is given without
 * `listNumbers`: docx would read the whole document a second time for the numbers of numbered
 * headings, and the documents' headings are not numbered.
 */
export function tocPageEstimator(): PageNumberEstimator {
  const estimate = estimatePageNumbersWith({ guess: true, measureWidth: createSansMeasurer() });
  return (body, context) => estimate(body, context);
}
