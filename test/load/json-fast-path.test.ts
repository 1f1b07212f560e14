/**
 * A .json project is read with JSON.parse; the YAML parse that gives positions only runs when a
 * problem must be located. The data, the positions and the messages are those of the YAML way.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { scanJson } from "../../src/load/json-error.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { yamlLocator } from "../../src/load/source-map.js";

const root = join(import.meta.dirname, "../..");

describe("JSON projects", () => {
  const file = join(root, "examples/grand-parcours.json");
  const text = readFileSync(file, "utf8");

  it("give the same data as the YAML parser, and the same positions when asked", () => {
    const loaded = parseProjectText(text, file);
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    expect(loaded.data).toEqual(doc.toJS());
    const yaml = yamlLocator(file, doc, lineCounter);
    for (const path of [["course", "title"], ["units", 3, "activities", 1, "duration"], ["units", 0, "nope"], ["session"]]) {
      expect(loaded.source.locate(path)).toEqual(yaml.locate(path));
      expect(loaded.source.locate(path, { key: true })).toEqual(yaml.locate(path, { key: true }));
    }
  });

  it("a key twice in an object is still a located error", () => {
    const json = '{\n  "course": {"title": "a",\n    "title": "b"}\n}';
    expect(() => parseProjectText(json, "dup.json")).toThrow(/dup\.json:3:\d+ +clé en double/);
  });
});

describe("scanJson", () => {
  it.each([
    ['{"a": 1, "b": {"a": 2}}', false],
    ['[{"a": 1}, {"a": 2}]', false],
    ['{"a": "x,\\"a\\": 1", "b": ["a", "a"]}', false],
    ['{"a": 1, "a": 2}', true],
    ['{"x": [{"k": 1, "k": 1}]}', true],
    ['{"t\\u0069tle": 1, "title": 2}', true],
    ['{"a": {"b": 1}, "c": {"b": 2}, "d": 3}', false],
  ])("duplicate keys in %s: %s", (json, expected) => {
    expect(scanJson(json).duplicateKeys).toBe(expected);
  });
});

describe("deep nesting", () => {
  it("is found where it passes the limit", () => {
    const json = `{"a": ${"[".repeat(5)}1${"]".repeat(5)}}`;
    expect(scanJson(json, 4)).toEqual({ duplicateKeys: false, tooDeepAt: json.indexOf("[") + 3 });
    expect(scanJson(json, 6)).toEqual({ duplicateKeys: false });
  });
});
