import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type ScalarTag, type Tags } from "yaml";
import { ExitCode, UserError } from "../common/errors.js";

/**
 * Rewrites a project's YAML text so that it holds `data`, changing only what changed: the
 * person's comments, key order, quoting, flow collections (`{ a: 1 }`), anchors and aliases stay
 * where they were (the `yaml` package's Document API). Units, activities and other items with an
 * `id` are matched by id, so a reordered item moves with its comments.
 */
export function updateYamlText(original: string, data: unknown, file: string): string {
  // Same options as the loader (src/load/load-project.ts), so that « <<: *commun » is understood alike.
  const sources: KeptSources = new WeakMap();
  const doc = parseDocument(original, { uniqueKeys: true, merge: true, customTags: (tags) => keepingSources(tags, sources) });
  if (doc.errors.length > 0) {
    throw new UserError(`${file} : le fichier sur le disque n'est plus un YAML lisible ; rechargez-le ou corrigez-le avant d'enregistrer.`, ExitCode.usage);
  }
  if (deepEqual(resolve(doc, doc.contents), data)) return original;
  rememberSources(doc, original, sources);
  // An edit inside an anchored value would also change its aliases: a second pass finds those
  // aliases (their value now differs from the page's) and writes them out in full.
  for (let pass = 0; pass < 3; pass++) {
    doc.contents = update(doc, doc.contents as Node | null, data) as typeof doc.contents;
    if (deepEqual(resolve(doc, doc.contents), data)) return doc.toString({ lineWidth: 0, flowCollectionPadding: /[{[] \S/.test(original) });
  }
  throw new UserError(
    `${file} : enregistrement impossible sans changer le sens des ancres YAML (« &… », « <<: *… ») ; modifiez ce passage dans un éditeur de texte.`,
    ExitCode.invalid,
  );
}

/**
 * Text the person wrapped over several lines (« > » blocks, long plain or quoted strings) and
 * one-line flow collections (`{ synchronous: true }`, `[obj-1, obj-2]`) are written back exactly as
 * the person wrote them while their value is unchanged: the `yaml` package would wrap text again at
 * its own width and space flow collections its own way. Only the indentation is adapted.
 */
type KeptSources = WeakMap<Node, { value: string; source: string }>;

function keepingSources(tags: Tags, sources: KeptSources): Tags {
  const kept = ["tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"];
  return tags.map((tag) => {
    const t = tag as ScalarTag;
    if (!kept.includes(t.tag)) return tag;
    const fallback: NonNullable<ScalarTag["stringify"]> =
      t.stringify?.bind(t) ?? ((item, ctx, onComment, onChompKeep) => (item as unknown as Node).toString(ctx, onComment, onChompKeep));
    return {
      ...t,
      stringify(item, ctx, onComment, onChompKeep) {
        const node = item as unknown as Node;
        const original = sources.get(node);
        if (original && original.value === JSON.stringify(node.toJS(ctx.doc, { maxAliasCount: -1 }))) return reindent(original.source, ctx.indent);
        return fallback(item, ctx, onComment, onChompKeep);
      },
    } as ScalarTag;
  });
}

function rememberSources(doc: Document, text: string, sources: KeptSources): void {
  const remember = (node: Node, multiline: boolean) => {
    if (!node.range || node.comment || node.commentBefore) return;
    const source = text.slice(node.range[0], node.range[1]).replace(/\s+$/, "");
    if (source.includes("\n") !== multiline) return;
    // Keep-chomping blocks (« >+ ») end in significant blank lines: left to the library.
    if (/^[>|][0-9]*\+/.test(source)) return;
    sources.set(node, { value: JSON.stringify(node.toJS(doc, { maxAliasCount: -1 })), source });
  };
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string") remember(node, true);
    },
    Map(_key, node) {
      if (node.flow) remember(node, false);
    },
    Seq(_key, node) {
      if (node.flow) remember(node, false);
    },
  });
}

/** The scalar's source lines after the first, moved to `indent`. */
function reindent(source: string, indent: string): string {
  const [first, ...rest] = source.split(/\r?\n/);
  const widths = rest.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)![0].length);
  const common = widths.length > 0 ? Math.min(...widths) : 0;
  return [first, ...rest.map((l) => (l.trim() === "" ? "" : indent + l.slice(common)))].join("\n");
}

/** The node, changed in place where its kind allows, or a new node for `value`. */
function update(doc: Document, node: Node | null, value: unknown): Node | null {
  if (value === undefined) return null;
  if (node && deepEqual(resolve(doc, node), value)) return node;
  if (!node || isAlias(node)) return create(doc, value);
  if (isScalar(node) && !isObject(value)) {
    node.value = value;
    return node;
  }
  if (isMap(node) && isPlainObject(value)) {
    updateMap(doc, node, value);
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const first = node.items[0] as Node | undefined;
    node.items = updateItems(doc, node.items as (Node | null)[], value);
    // The parser gives the comment above a block list's first item to the list: it goes with the
    // item when the item moves.
    if (first && node.items[0] !== first && node.commentBefore && !node.flow && node.items.includes(first)) {
      first.commentBefore = node.commentBefore;
      node.commentBefore = undefined;
    }
    return node;
  }
  return create(doc, value);
}

function updateMap(doc: Document, node: Node & { items: Pair[] }, value: Record<string, unknown>): void {
  const own = new Set<string>();
  node.items = node.items.filter((pair) => {
    if (!isPair(pair) || !isScalar(pair.key) || isMergeKey(pair.key)) return true;
    const key = String(pair.key.value);
    if (!(key in value) || value[key] === undefined) return false;
    own.add(key);
    pair.value = update(doc, pair.value as Node | null, value[key]);
    return true;
  });
  // Keys the map takes from « <<: *commun »: written only when the page gives another value.
  const merged = mergedValues(doc, node);
  for (const [key, v] of Object.entries(value)) {
    if (own.has(key) || v === undefined) continue;
    if (key in merged && deepEqual(merged[key], v)) continue;
    node.items.push(doc.createPair(key, v, { aliasDuplicateObjects: false }) as Pair);
  }
}

/** Items matched by `id` when they have one (reordering keeps each item's comments), else by position. */
function updateItems(doc: Document, items: (Node | null)[], values: unknown[]): (Node | null)[] {
  const byId = new Map<string, Node | null>();
  for (const item of items) {
    const id = idOf(resolve(doc, item));
    if (id !== undefined && !byId.has(id)) byId.set(id, item);
  }
  const used = new Set<Node | null>();
  return values.map((v, i) => {
    const id = idOf(v);
    let old = id !== undefined ? byId.get(id) : undefined;
    if (old === undefined && id === undefined && i < items.length && idOf(resolve(doc, items[i]!)) === undefined) old = items[i];
    if (old === undefined || used.has(old)) return create(doc, v);
    used.add(old);
    return update(doc, old, v);
  });
}

function create(doc: Document, value: unknown): Node {
  return doc.createNode(value, { aliasDuplicateObjects: false }) as Node;
}

function mergedValues(doc: Document, node: Node & { items: Pair[] }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !isMergeKey(pair.key)) continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    // Earlier sources win, as in YAML's merge rule.
    for (const source of [...sources].reverse()) {
      const resolved = resolve(doc, source as Node);
      if (isPlainObject(resolved)) Object.assign(out, resolved);
    }
  }
  return out;
}

function resolve(doc: Document, node: unknown): unknown {
  if (node === null || node === undefined) return null;
  const target = isAlias(node) ? node.resolve(doc) : node;
  if (!target) return null;
  return (target as Node).toJS(doc, { maxAliasCount: -1 });
}

function idOf(value: unknown): string | undefined {
  return isPlainObject(value) && typeof value.id === "string" ? value.id : undefined;
}

function isMergeKey(key: { value: unknown; source?: string }): boolean {
  return typeof key.value === "symbol" || key.value === "<<" || key.source === "<<";
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return isObject(value) && !Array.isArray(value);
}

/** Structural equality of JSON-like values; key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // A YAML `key:` with no value reads as null; the page drops empty fields.
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const key of keys) if (!deepEqual(ao[key], bo[key])) return false;
  return true;
}
