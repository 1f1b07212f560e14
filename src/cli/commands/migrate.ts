import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { CommandModule } from "yargs";
import { ExitCode } from "../../common/errors.js";
import { formatPath, type PathSegment } from "../../common/json-path.js";
import { readUserFile } from "../../common/read-user-file.js";
import { writeAtomically } from "../../docx/write.js";
import { decodeUtf8 } from "../../load/decode.js";
import { parseProjectText } from "../../load/load-project.js";
import { findRenamedValues } from "../../validate/renamed-values.js";
import { plural, processOutput, type Output } from "../output.js";

export interface MigrateOptions {
  project: string;
  dryRun?: boolean;
}

/** One value to rewrite: where it is written in the text, and with what. */
interface Edit {
  start: number;
  end: number;
  text: string;
  from: string;
  to: string;
  path: PathSegment[];
}

/**
 * `mentor-docs migrate projet.yaml`: rewrites the former value names (`presentiel` → `on-site`…)
 * in place. Only the characters of each value change: comments, key order, anchors, quotes and
 * layout stay as they are (the YAML Document API gives each value's place in the text). The file
 * is replaced atomically; `--dry-run` only shows what would change.
 */
export async function runMigrate(options: MigrateOptions, output: Output = processOutput): Promise<number> {
  const bytes = await readUserFile(options.project);
  const text = decodeUtf8(bytes, options.project);
  // Refuses unreadable files with the same located messages as `validate` (exit 2).
  const loaded = parseProjectText(text, options.project);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, merge: true });
  const edits = editsFor(doc, findRenamedValues(loaded.data), text);

  if (edits.length === 0) {
    output.out(`${options.project} : aucune valeur ancienne, rien à réécrire.`);
    return ExitCode.ok;
  }
  for (const edit of edits) {
    const { line, col } = lineCounter.linePos(edit.start);
    output.out(`${options.project}:${line}:${col}  ${formatPath(edit.path)}  « ${edit.from} » → « ${edit.to} »`);
  }
  if (options.dryRun) {
    output.out(`${options.project} : ${plural(edits.length, "valeur à réécrire", "valeurs à réécrire")} (--dry-run : rien n'est écrit).`);
    return ExitCode.ok;
  }
  let rewritten = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && !rewritten.startsWith("\uFEFF") ? "\uFEFF" : "";
  await writeAtomically(options.project, () => Buffer.from(bom + rewritten, "utf8"));
  output.out(`${options.project} : ${plural(edits.length, "valeur réécrite", "valeurs réécrites")}.`);
  return ExitCode.ok;
}

/** The text edits for the renamed values, once per place written (a value under an anchor is shared). */
function editsFor(doc: Document, renamed: ReturnType<typeof findRenamedValues>, text: string): Edit[] {
  const byStart = new Map<number, Edit>();
  for (const { path, from, to } of renamed) {
    const node = nodeAt(doc, path);
    if (!isScalar(node) || !node.range || node.value !== from) continue;
    const [start, end] = node.range;
    if (byStart.has(start)) continue;
    byStart.set(start, { start, end, text: written(text.slice(start, end), from, to), from, to, path });
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/**
 * The written value with the new name in place of the old one: quotes, and an anchor or a tag
 * written before the value, are kept. The former values are plain words, written as such.
 */
function written(old: string, from: string, to: string): string {
  const at = old.lastIndexOf(from);
  return at < 0 ? old : old.slice(0, at) + to + old.slice(at + from.length);
}

/** The node that holds the value at `path`, following aliases and merge keys (`<<: *commun`). */
function nodeAt(doc: Document, path: readonly PathSegment[]): unknown {
  let node: unknown = doc.contents;
  for (const segment of path) {
    node = resolveAlias(doc, node);
    node = childOf(doc, node, segment, 0);
    if (node === undefined) return undefined;
  }
  return resolveAlias(doc, node);
}

function resolveAlias(doc: Document, node: unknown): unknown {
  for (let i = 0; i < 20 && isAlias(node); i++) node = node.resolve(doc);
  return node;
}

function childOf(doc: Document, node: unknown, segment: PathSegment, depth: number): unknown {
  if (depth > 20) return undefined;
  if (isSeq(node)) return typeof segment === "number" ? node.items[segment] : undefined;
  if (!isMap(node)) return undefined;
  for (const item of node.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value !== "<<" && String(item.key.value) === String(segment)) return item.value;
  }
  for (const item of node.items) {
    if (!isPair(item) || !isScalar(item.key) || item.key.value !== "<<") continue;
    const sources = isSeq(item.value) ? item.value.items : [item.value];
    for (const source of sources) {
      const found = childOf(doc, resolveAlias(doc, source as Node), segment, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export const migrateCommand: CommandModule<object, MigrateOptions> = {
  command: "migrate <project>",
  describe: "Réécrit les anciennes valeurs (presentiel, inscriptionlibre…) sous leur nom actuel, en gardant commentaires, ordre et ancres",
  builder: (yargs) =>
    yargs
      .positional("project", { describe: "Fichier du projet (.json, .yaml ou .yml)", type: "string", demandOption: true })
      .option("dry-run", { describe: "Montre ce qui changerait, sans rien écrire", type: "boolean", default: false }),
  handler: async (argv) => {
    process.exitCode = await runMigrate(argv);
  },
};
