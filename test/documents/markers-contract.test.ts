/**
 * The contract between `check` and the templates (issue 12): a template prints « À COMPLÉTER » only
 * for data that a rule requires with an error (a guide rule, or MAR-1 for a tender's parameters), and
 * each marker names that rule. Two proofs:
 *
 * - statically, every marker site of every built-in template (`{{todo … "RULE"}}`,
 *   `{{missing … "RULE"}}`) names a rule that can report an error, and no template writes the
 *   marker text by hand;
 * - dynamically, every property of every complete project is removed in turn (one mutant each):
 *   whenever a document of the mutant shows a marker, `check` reports an error for the rule the
 *   marker names — so `generate` without `--draft` refuses the mutant instead of printing it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { checkProject, RULES } from "../../src/check/index.js";
import { TENDER_REQUIREMENT } from "../../src/check/tender-rules.js";
import { buildViewModel } from "../../src/model/index.js";
import { validateProject } from "../../src/validate/index.js";
import { cachedRenderer, EXAMPLES, FIXTURES, load } from "./projects.js";

function templateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? templateFiles(path) : name.endsWith(".hbs") ? [path] : [];
  });
}

interface Site {
  file: string;
  line: number;
  helper: string;
  what: string | undefined;
  rule: string | undefined;
}

/** Every call of the marker helpers in a template, and every text that writes the marker by hand. */
function sitesOf(file: string): { sites: Site[]; handWritten: number[] } {
  const ast = Handlebars.parse(readFileSync(file, "utf8"));
  const sites: Site[] = [];
  const handWritten: number[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, unknown> & { type?: string; loc?: { start: { line: number } } };
    if (n.type === "ContentStatement" && /À COMPLÉTER/.test(String(n.value))) handWritten.push(n.loc?.start.line ?? 0);
    if (n.type === "MustacheStatement" || n.type === "BlockStatement" || n.type === "SubExpression") {
      const name = (n.path as { original?: string } | undefined)?.original;
      if (name === "todo" || name === "missing") {
        const strings = (n.params as { type: string; value?: unknown }[]).filter((p) => p.type === "StringLiteral").map((p) => String(p.value));
        sites.push({ file, line: n.loc?.start.line ?? 0, helper: name, what: strings[0], rule: strings[1] });
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== "loc") visit(value);
  };
  visit(ast);
  return { sites, handWritten };
}

const FILES = templateFiles("templates");
// The guide's rules that report errors, and the consultation's own (MAR-1: a tender's parameters).
const ERROR_RULES = new Set([...RULES.filter((r) => r.severities.includes("error")).map((r) => r.requirement), TENDER_REQUIREMENT.id]);

describe("every marker site of every template names a rule that reports an error", () => {
  const all = FILES.map(sitesOf);
  const sites = all.flatMap((a) => a.sites);

  it("finds the marker sites (the walk works)", () => {
    expect(sites.length).toBeGreaterThan(60);
  });

  it.each(FILES)("%s: each marker names an error rule, none is written by hand", (file) => {
    const { sites: own, handWritten } = sitesOf(file);
    expect(handWritten, "« À COMPLÉTER » written in the template text: use {{missing \"…\" \"RULE\"}}").toEqual([]);
    const wrong = own.filter((s) => !s.rule || !ERROR_RULES.has(s.rule) || !s.what).map((s) => `${s.file}:${s.line} ${s.helper} ${s.rule ?? "(no rule)"}`);
    expect(wrong).toEqual([]);
  });
});

/** Every path to an object property of the data; in lists, the first item only (it stands for the others). */
function propertyPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length > 0 ? propertyPaths(value[0], [...path, 0]) : [];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => [[...path, key], ...propertyPaths(child, [...path, key])]);
}

function without(data: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

// French typography puts a narrow no-break space before the colon.
const MARKER = /À COMPLÉTER\s*:\s*([^<]*?)(?:\s\(([A-Z]{3}-\d+)\))?</g;

// The generated large course is left out: its thousands of properties say nothing the others do not.
const MUTATED = [...EXAMPLES.filter((f) => !f.includes("grand-parcours")), ...FIXTURES];

describe("removing any property: a marker shows only when check reports an error for its rule", () => {
  it.each(MUTATED)("%s", async (file) => {
    const { loaded } = await load(file);
    const renderAll = cachedRenderer();
    const broken: string[] = [];
    let mutants = 0;
    let withMarkers = 0;
    for (const path of propertyPaths(loaded.data)) {
      const validation = validateProject({ data: without(loaded.data, path), source: loaded.source });
      if (!validation.valid) continue;
      mutants++;
      const check = checkProject(validation.project);
      const errors = new Set(check.findings.filter((f) => f.severity === "error").map((f) => f.requirement));
      const html = Object.entries(renderAll(buildViewModel(validation.project, { draft: true, check, sourceDateEpoch: 0 })));
      for (const [doc, text] of html) {
        for (const [, what, rule] of text.matchAll(MARKER)) {
          withMarkers++;
          if (!rule || !errors.has(rule)) broken.push(`${path.join(".")} → ${doc}: « ${what} » (${rule ?? "sans règle"}) ; erreurs : ${[...errors].join(", ") || "aucune"}`);
        }
      }
    }
    expect(mutants).toBeGreaterThan(20);
    expect(withMarkers).toBeGreaterThan(0);
    expect([...new Set(broken)]).toEqual([]);
  });
});
