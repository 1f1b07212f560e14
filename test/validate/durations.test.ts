// Durations as course designers write them (ACT-2, RES-4: every activity and resource states its
// duration): the schema's pattern and the parser that turns them into minutes accept the same texts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "../../src/common/duration.js";

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "../../schemas/training-project.schema.json"), "utf8"));
const pattern = new RegExp(schema.$defs.duration.pattern, "u");

const ACCEPTED: [string, number][] = [
  ["1h30", 90],
  ["1 h 30", 90],
  ["1h30min", 90],
  ["1 h 30 min", 90],
  ["1 heure 30", 90],
  ["2 heures", 120],
  ["2 h", 120],
  ["2h05", 125],
  ["45 min", 45],
  ["45min", 45],
  ["90 minutes", 90],
  ["1 minute", 1],
  ["20 mn", 20],
  ["1,5 h", 90],
  ["1.5h", 90],
  ["0,25 heure", 15],
  ["1,33 h", 80],
  ["PT1H30M", 90],
  ["PT45M", 45],
  [" 1h30 ", 90],
];
const REFUSED = ["", "1h70", "90", "1,5 h 30", "1h30h", "une heure", "1 jour", "PT", "1,555 h", "-1 h", "1 hour", "1 m"];

describe("durations (ACT-2, RES-4)", () => {
  it.each(ACCEPTED)("« %s » is a duration of %i minutes, for the schema and the parser", (text, minutes) => {
    expect(pattern.test(text)).toBe(true);
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(REFUSED)("« %s » is refused by both", (text) => {
    expect(pattern.test(text)).toBe(false);
    expect(parseDuration(text)).toBeUndefined();
  });

  it("documents show them in one French form", () => {
    expect(formatDuration(parseDuration("1 heure 30")!)).toBe("1\u00a0h\u00a030");
    expect(formatDuration(parseDuration("90 minutes")!)).toBe("1\u00a0h\u00a030");
    expect(formatDuration(parseDuration("0,25 h")!)).toBe("15\u00a0min");
  });
});
