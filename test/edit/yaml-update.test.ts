import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { updateYamlText } from "../../src/edit/yaml-update.js";

const read = (data: string) => parse(data, { merge: true }) as Record<string, any>;

describe("updateYamlText", () => {
  const example = readFileSync("examples/hybride-management-equipe.yaml", "utf8");

  it("gives back the very same text when nothing changed", () => {
    expect(updateYamlText(example, read(example), "x.yaml")).toBe(example);
  });

  it("changes only the line of a changed value: comments, wrapped paragraphs and flow maps stay as written", () => {
    const data = read(example);
    data.course.title = "Nouveau titre";
    const out = updateYamlText(example, data, "x.yaml");
    const before = example.split("\n");
    const after = out.split("\n");
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toEqual(["  title: Nouveau titre"]);
    expect(read(out)).toEqual(data);
  });

  it("moves an item with its comments when items are reordered, and appends new ones", () => {
    const text = ["units:", "  # la première", "  - id: u1", "    title: Un # court", "  # la seconde", "  - id: u2", "    title: Deux", ""].join("\n");
    const data = read(text);
    data.units.reverse();
    data.units.push({ id: "u3", title: "Trois" });
    const out = updateYamlText(text, data, "x.yaml");
    expect(read(out)).toEqual(data);
    expect(out.indexOf("# la seconde")).toBeLessThan(out.indexOf("id: u2"));
    expect(out.indexOf("id: u2")).toBeLessThan(out.indexOf("# la première"));
    expect(out).toContain("title: Un # court");
    expect(out).toContain("- id: u3\n    title: Trois");
  });

  it("keeps anchors and merge keys: a changed shared value becomes an override where it was changed", () => {
    const text = ["common: &c", "  a: 1 # partagé", "  b: 2", "x:", "  <<: *c", "  d: 4", "y: *c", ""].join("\n");
    const data = JSON.parse(JSON.stringify(read(text)));
    data.x.a = 5;
    const out = updateYamlText(text, data, "x.yaml");
    expect(out).toContain("common: &c\n  a: 1 # partagé");
    expect(out).toContain("  <<: *c\n  d: 4\n  a: 5");
    expect(out).toContain("y: *c");
    expect(read(out)).toEqual(data);
  });

  it("writes out an alias whose value was changed in one place only", () => {
    const text = ["common: &c", "  a: 1", "y: *c", "z: *c", ""].join("\n");
    const data = JSON.parse(JSON.stringify(read(text)));
    data.y.a = 2;
    const out = updateYamlText(text, data, "x.yaml");
    expect(read(out)).toEqual(data);
    expect(out).toContain("z: *c");
  });

  it("removes emptied keys and items", () => {
    const text = ["a: 1 # garder", "b: 2", "list: [x, y, z]", ""].join("\n");
    const out = updateYamlText(text, { a: 1, list: ["x", "z"] }, "x.yaml");
    expect(out).toBe("a: 1 # garder\nlist: [x, z]\n");
  });
});
