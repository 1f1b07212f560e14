import { extname } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { ExitCode, UserError, type Problem } from "../common/errors.js";
import { readUserFile } from "../common/read-user-file.js";
import { decodeUtf8, lineColumnAt } from "./decode.js";
import { reportInputWarnings } from "../common/input-warnings.js";
import { stripForbiddenChars } from "./forbidden-chars.js";
import { jsonErrorOffset, scanJson } from "./json-error.js";
import { yamlLocator, type SourceLocator } from "./source-map.js";

/** A project file read from disk: its data, not yet validated, and where each part of it stands. */
export interface LoadedFile {
  readonly data: unknown;
  readonly source: SourceLocator;
  /** What was changed while reading (characters a Word document cannot hold, removed), located. */
  readonly warnings: readonly Problem[];
}

/** French wording for the YAML parser's error codes. */
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: "clé en double : chaque clé ne peut figurer qu'une fois dans un même bloc",
  TAB_AS_INDENT: "tabulation utilisée pour l'indentation : en YAML, indentez avec des espaces",
  BAD_INDENT: "indentation incorrecte",
  MISSING_CHAR: "caractère manquant (guillemet, crochet ou accolade non fermé ?)",
  MULTILINE_IMPLICIT_KEY: "clé sur plusieurs lignes : une clé doit tenir sur une ligne (deux-points manquants ?)",
  UNEXPECTED_TOKEN: "élément inattendu",
  // Mostly French typography in an unquoted value: « title: Exercice : rédiger… ».
  BLOCK_AS_IMPLICIT_KEY:
    "deux-points suivi d'une espace (« : ») dans un texte sans guillemets : mettez ce texte entre guillemets, par exemple « title: \"Exercice : rédiger une note\" »",
  ALIAS_PROPS: "alias avec des propriétés",
  BAD_ALIAS: "alias invalide",
  BAD_SCALAR_START: "valeur qui commence par un caractère réservé : mettez-la entre guillemets",
  BAD_DIRECTIVE: "directive YAML invalide",
  MULTIPLE_DOCS: "plusieurs documents YAML dans un seul fichier",
  TAG_RESOLVE_FAILED: "étiquette YAML inconnue",
  IMPOSSIBLE: "erreur de syntaxe YAML",
  RESOURCE_EXHAUSTION: "données imbriquées trop profondément pour être lues (des milliers de niveaux) : mentor-docs admet 10 niveaux d'unités",
};

/** Reads a `.json`, `.yaml` or `.yml` project file. Throws a `UserError` (exit 2) when it cannot be read. */
export async function loadProjectFile(file: string): Promise<LoadedFile> {
  const bytes = await readUserFile(file, { maxBytes: MAX_PROJECT_FILE_BYTES, limitText: `mentor-docs lit des projets de ${MAX_PROJECT_FILE_BYTES / 1024 / 1024} Mo au plus` });
  const loaded = parseProjectText(decodeUtf8(bytes, file), file);
  reportInputWarnings(loaded.warnings);
  return loaded;
}

/**
 * A project file is at most this large (a course of 1,000 units written out in full is ~7 MB):
 * parsing with positions takes ~50 times the file's size in memory.
 */
export const MAX_PROJECT_FILE_BYTES = 20 * 1024 * 1024;


/** Parses project text; the format comes from the file's extension (YAML when unknown, as it includes JSON). */
export function parseProjectText(text: string, file: string): LoadedFile {
  const ext = extname(file).toLowerCase();
  if (ext === ".json") {
    const data = checkJsonSyntax(text, file);
    // JSON.parse is ~500 times faster than the YAML parser on a large file; positions are only
    // needed to report a problem, so the YAML parse that gives them waits for the first one.
    // Duplicate keys, which JSON.parse lets through, and nesting deeper than any project (units
    // nest 10 levels at most) go the YAML way, which reports them as it does for YAML files.
    const scan = scanJson(text, MAX_FAST_JSON_DEPTH);
    if (!scan.duplicateKeys && scan.tooDeepAt === undefined) {
      const source = lazyLocator(file, () => {
        const { doc, lineCounter } = parseYaml(text, file);
        return yamlLocator(file, doc, lineCounter);
      });
      const cleaned = stripForbiddenChars(data, source);
      return { data: cleaned.data, source, warnings: cleaned.warnings };
    }
  }
  const { doc, lineCounter } = parseYaml(text, file);
  let data: unknown;
  try {
    // maxAliasCount bounds "billion laughs" alias bombs.
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const aliases = /alias/i.test(String((error as Error).message));
    const message = aliases
      ? "trop d'alias YAML (« &ancre » / « *alias ») : le fichier se développerait démesurément"
      : "contenu YAML illisible";
    throw syntaxError(file, [{ file, line: 1, column: 1, path: "", message, code: "syntax.yaml" }]);
  }
  const source = yamlLocator(file, doc, lineCounter);
  const cleaned = stripForbiddenChars(data, source);
  return { data: cleaned.data, source, warnings: cleaned.warnings };
}

/** Objects and arrays nested deeper than this in a .json file are read the YAML way. */
const MAX_FAST_JSON_DEPTH = 200;

/** A locator that builds the real one the first time it is asked. */
function lazyLocator(file: string, build: () => SourceLocator): SourceLocator {
  let real: SourceLocator | undefined;
  return {
    file,
    locate(path, options) {
      real ??= build();
      return real.locate(path, options);
    },
  };
}

/** The YAML parse with positions; a syntax error is a located problem (exit 2). */
function parseYaml(text: string, file: string): { doc: ReturnType<typeof parseDocument>; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // `merge`: « <<: *commun » shares settings between activities, as many YAML files do.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, merge: true });
  const problems: Problem[] = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const message = YAML_MESSAGES[error.code] ?? "erreur de syntaxe YAML";
    return { file, line, column: col, path: "", message, code: "syntax.yaml" };
  });
  if (problems.length > 0) throw syntaxError(file, problems);
  return { doc, lineCounter };
}

/** JSON is also valid YAML; JSON.parse first holds `.json` files to strict JSON (no comments, no trailing commas). */
function checkJsonSyntax(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse does not always give the position (Node 20: « Unexpected token … is not valid JSON »).
    const position = /position (\d+)/.exec(String((error as Error).message));
    const offset = jsonErrorOffset(text) ?? (position ? Number(position[1]) : text.length);
    const { line, column } = lineColumnAt(text, offset);
    const char = text[offset];
    const message =
      char === undefined
        ? "JSON invalide : fin de fichier inattendue (accolade ou crochet non fermé ?)"
        : `JSON invalide : caractère inattendu « ${char} »`;
    throw syntaxError(file, [{ file, line, column, path: "", message, code: "syntax.json" }]);
  }
}

function syntaxError(file: string, problems: Problem[]): UserError {
  const first = problems[0]!;
  return new UserError(`${file}:${first.line}:${first.column}  ${first.message}`, ExitCode.usage, problems);
}
