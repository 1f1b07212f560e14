/**
 * The JSON syntax-error locator used by the loader: it must agree with JSON.parse on what is valid,
 * and point at the offending character (Node 20's JSON.parse does not always give a position).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../src/load/json-error.js";

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": tru}', 6],
    ['{\n  "a": 1,\n}', 12],
    ['{"a": 1 "b": 2}', 8],
    ["[1,]", 3],
    ['{"a": "x\nb"}', 8],
    ['{"a":', 5],
    ["", 0],
    ['{"a": 1} x', 9],
    ['{"a": 01}', 7],
    ['{"a": "\\x"}', 7],
    ["{'a': 1}", 1],
  ])("locates the error in %j at offset %i", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("finds no error in valid JSON", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorOffset(text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with JSON.parse on what is valid, for JSON with one character changed", () => {
    const alphabet = [..."{}[],:\"\\ \n0123456789-.eEtrufalsn"];
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom(...alphabet), (text, at, char) => {
        const position = text.length === 0 ? 0 : at % text.length;
        const mutated = text.slice(0, position) + char + text.slice(position + 1);
        let valid = true;
        try {
          JSON.parse(mutated);
        } catch {
          valid = false;
        }
        const offset = jsonErrorOffset(mutated);
        expect(offset === undefined).toBe(valid);
        if (offset !== undefined) expect(offset).toBeLessThanOrEqual(mutated.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("survives deep nesting without overflowing the stack", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(jsonErrorOffset(deep)).toBeUndefined();
    expect(jsonErrorOffset(deep.slice(0, -1))).toBe(199_999);
  });
});
