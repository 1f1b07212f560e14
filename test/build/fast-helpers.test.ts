/**
 * The command line's bundle replaces two of docx's build helpers with native equivalents
 * (scripts/fast-helpers.mjs). These tests keep that honest: the installed docx still has the
 * helpers word for word (else the bundle silently keeps the slow ones), the replacements give the
 * same objects for every kind of argument, and the bundled CLI writes the same bytes as the library,
 * which runs docx unchanged.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a build script in plain JavaScript, without types.
import { REPLACEMENTS } from "../../scripts/fast-helpers.mjs";
import { runCliInProcess } from "../helpers/cli-in-process.js";

interface Replacement {
  name: string;
  from: string;
  to: string;
}
const replacements = REPLACEMENTS as Replacement[];
const root = new URL("../..", import.meta.url).pathname;
const docxDist = join(root, "node_modules/docx/dist");

describe("docx's helpers, as the bundle expects them", () => {
  for (const module of ["index.mjs", "html.mjs"]) {
    it(`${module} has _objectSpread2 and _defineProperty word for word`, () => {
      const code = readFileSync(join(docxDist, module), "utf8");
      for (const { name, from } of replacements) expect(code.includes(from), `${name} in docx/dist/${module}`).toBe(true);
    });
  }

  it("the built command line carries the replacements, not docx's own", () => {
    const bundle = readdirSync(join(root, "dist/cli"))
      .filter((file) => file.endsWith(".cjs"))
      .map((file) => readFileSync(join(root, "dist/cli", file), "utf8"))
      .join("\n");
    // Minified: the names change, the native calls stay.
    expect(bundle).toMatch(/Object\.assign\(\w+,\w+\):Object\.defineProperties\(\w+,Object\.getOwnPropertyDescriptors\(\w+\)\)/);
    expect(bundle).not.toMatch(/Object\.getOwnPropertyDescriptors\?Object\.defineProperties/);
  });
});

/** The helpers of one version (docx's or ours), with the others they call, from docx's own module. */
function helpers(version: "from" | "to"): { spread: (...args: unknown[]) => object; define: (o: object, key: unknown, value: unknown) => object } {
  let code = readFileSync(join(docxDist, "index.mjs"), "utf8");
  if (version === "to") for (const { from, to } of replacements) code = code.split(from).join(to);
  const pick = (name: string) => {
    const start = code.indexOf(`function ${name}(`);
    const end = code.indexOf("\n}\n", start);
    return code.slice(start, end + 2);
  };
  const source = ["_typeof", "toPrimitive", "toPropertyKey", "_defineProperty", "ownKeys", "_objectSpread2"].map(pick).join("\n");
  return new Function(`${source}\nreturn { spread: _objectSpread2, define: _defineProperty };`)();
}

/** What an object is made of: prototype, and each own key's descriptor (values compared as they are). */
function anatomy(object: object): unknown {
  return { prototype: Object.getPrototypeOf(object), descriptors: Reflect.ownKeys(object).map((key) => [key, Object.getOwnPropertyDescriptor(object, key)]) };
}

/** The anatomy of what `make` builds, or that it throws (a read-only key copied from a string, then spread over). */
function outcome(make: () => object): unknown {
  try {
    return anatomy(make());
  } catch (error) {
    return { throws: (error as Error).constructor.name };
  }
}

describe("the replacements give the same objects", () => {
  const original = helpers("from");
  const fast = helpers("to");
  const symbol = Symbol("s");
  const hidden = Object.defineProperty({ a: 1 }, "hidden", { value: 2, enumerable: false });
  const withGetter = { get g() { return 7; }, b: 2 };
  const withSymbols = Object.defineProperty({ [symbol]: 1 }, Symbol.for("hidden"), { value: 3, enumerable: false });
  const protoKey = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}');
  const cases: [string, () => unknown[]][] = [
    ["plain spreads", () => [{}, { a: 1, b: 2 }, {}, { c: 3 }]],
    ["null and undefined", () => [{}, null, {}, undefined, { a: 1 }]],
    ["a getter, read by a spread, kept by a literal", () => [{}, withGetter, withGetter]],
    ["non-enumerable keys", () => [{}, hidden, {}, hidden]],
    ["symbols", () => [{}, withSymbols, withSymbols]],
    ["a string and an array", () => [{}, "abc", {}, [1, 2]]],
    ["an own __proto__ key", () => [{}, protoKey, {}, { y: 2 }]],
    ["overwriting keys", () => [{ a: 0, b: 0 }, { a: 1 }, { b: 2 }]],
  ];
  for (const [name, args] of cases) {
    it(`_objectSpread2: ${name}`, () => {
      expect(anatomy(fast.spread(...args()))).toEqual(anatomy(original.spread(...args())));
    });
  }

  it("_objectSpread2: any objects, in any number", () => {
    const value = fc.oneof(fc.integer(), fc.string(), fc.constant(undefined), fc.constant(null));
    const source = fc.oneof(fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "toString", "0", "1")), value), fc.constant(null), fc.string());
    fc.assert(
      fc.property(fc.array(source, { maxLength: 6 }), (sources) => {
        const build = (spread: (...args: unknown[]) => object) => spread({}, ...sources.map((s) => (s && typeof s === "object" ? { ...s } : s)));
        expect(outcome(() => build(fast.spread))).toEqual(outcome(() => build(original.spread)));
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 200) },
    );
  });

  it("_defineProperty: strings, symbols, numbers, objects with toPrimitive, keys already there", () => {
    const key = { [Symbol.toPrimitive]: () => "k" };
    const keys: unknown[] = ["a", symbol, 1, key, "toString", "__proto__"];
    for (const k of keys) {
      const make = (define: typeof fast.define) => define(define({ a: 0 }, k, 1), k, 2);
      expect(anatomy(make(fast.define))).toEqual(anatomy(make(original.define)));
    }
  });
});

describe("the bundled command line writes what the library writes", () => {
  const runs = [
    ["hybride-management-equipe.yaml"],
    ["autonomie-accessibilite-numerique.yaml"],
    ["grand-parcours.json", "--doc", "cahier-des-charges"],
  ];
  const outs: { bundled: string; library: string }[] = [];
  beforeAll(async () => {
    for (const [file, ...rest] of runs) {
      const bundled = mkdtempSync(join(tmpdir(), "bundled-"));
      const library = mkdtempSync(join(tmpdir(), "library-"));
      const args = ["generate", join(root, "examples", file!), ...rest];
      const cli = spawnSync(process.execPath, [join(root, "dist/cli/main.js"), ...args, "--out", bundled], { encoding: "utf8", timeout: 300_000 });
      expect(cli.status, cli.stderr).toBe(0);
      expect((await runCliInProcess([...args, "--out", library])).status).toBe(0);
      outs.push({ bundled, library });
    }
  });

  it("every .docx of the three examples, byte for byte", () => {
    let compared = 0;
    for (const { bundled, library } of outs) {
      const names = readdirSync(library).filter((name) => name.endsWith(".docx"));
      expect(readdirSync(bundled).filter((name) => name.endsWith(".docx")).sort()).toEqual([...names].sort());
      for (const name of names) {
        expect(Buffer.compare(readFileSync(join(bundled, name)), readFileSync(join(library, name))), name).toBe(0);
        compared++;
      }
    }
    expect(compared).toBe(11);
  });
});
