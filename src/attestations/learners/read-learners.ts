import { extname } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { formatDuration, parseDuration } from "../../common/duration.js";
import { ExitCode, UserError, type Problem } from "../../common/errors.js";
import { binaryFormatOf } from "../../common/binary-format.js";
import { readUserFile } from "../../common/read-user-file.js";
import { parseProjectText } from "../../load/load-project.js";
import { stripForbiddenXmlCharsInRows } from "../../common/xml-chars.js";
import { COLUMN_LABELS, columnOf, type LearnerColumn } from "./columns.js";
import { isValidEmail, parseLearnerDate, parseTimeSpent } from "./values.js";

/** One learner to certify, read from a list. */
export interface Learner {
  lastName: string;
  firstName: string;
  email: string;
  /** `YYYY-MM-DD`, when the list gives it. */
  completionDate?: string;
  /** Minutes spent in the course, when the list gives them. */
  timeSpentMinutes?: number;
  /** Result as written in the list (score, grade, « Achevé »…). */
  result?: string;
  /** 1-based line of the learner in the list file. */
  line: number;
}

export interface LearnerList {
  /** Learners whose row is valid and meets the criteria, in file order. */
  learners: Learner[];
  /** Rows that cannot be certified as is: each with its line and French reason. */
  problems: Problem[];
  /** French remarks that do not prevent anything (ignored columns, encoding guessed). */
  notes: string[];
}

export interface ReadLearnersOptions {
  /** The course's criteria (`recognition.criteria`): a learner below `minimumTime` is reported. */
  criteria?: { minimumTime?: string };
}

const REQUIRED: readonly LearnerColumn[] = ["lastName", "firstName", "email"];

/**
 * Reads a list of learners: CSV (spreadsheet, Moodle or Mentor export; `;`, `,` or tab separator
 * detected; UTF-8 with or without BOM), or JSON / YAML (an array of objects, or an object holding
 * one). Throws a `UserError` when the file cannot be used at all (unreadable, missing column);
 * bad rows are returned as `problems`, with their line.
 */
export async function readLearners(file: string, options: ReadLearnersOptions = {}): Promise<LearnerList> {
  const bytes = await readUserFile(file);
  return parseLearners(bytes, file, options);
}

/** `readLearners` on bytes already read; the format comes from the file's extension (CSV by default). */
export function parseLearners(bytes: Uint8Array, file: string, options: ReadLearnersOptions = {}): LearnerList {
  const notes: string[] = [];
  const text = decode(bytes, file, notes);
  const ext = extname(file).toLowerCase();
  const rows = [".json", ".yaml", ".yml"].includes(ext) ? structuredRows(text, file) : csvRows(text, file);
  stripForbiddenXmlCharsInRows(rows.rows, file, notes, (key) => COLUMN_LABELS[key as LearnerColumn] ?? key);
  return buildList(rows, file, options, notes);
}

/** A row before validation: its line, its values by column (Unicode NFC) and what is wrong with its shape. */
interface RawRow {
  line: number;
  values: Map<LearnerColumn, string>;
  problems: Problem[];
  /** Columns whose value is already refused (an object where a text is expected): not reported again as missing. */
  refused?: Set<LearnerColumn>;
}

interface Rows {
  /** The columns the list gives (in at least one item, for JSON/YAML). */
  present: Set<LearnerColumn>;
  /** Headers or keys mentor-docs does not use, for a note. */
  ignored: string[];
  rows: RawRow[];
  /** Line of the header row (CSV) or of the list (JSON/YAML). */
  headerLine: number;
}

function decode(bytes: Uint8Array, file: string, notes: string[]): string {
  const format = binaryFormatOf(bytes);
  if (format) {
    throw new UserError(
      `${file} : ce fichier est ${format}, pas une liste d'apprenants en texte : depuis le tableur, enregistrez la feuille au format « CSV UTF-8 » (ou CSV séparateur point-virgule), puis donnez ce fichier .csv`,
      ExitCode.usage,
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Excel's « CSV (séparateur : point-virgule) » is Windows-1252: read it rather than refuse it.
    text = new TextDecoder("windows-1252").decode(bytes);
    notes.push(
      `${file} : le fichier n'est pas en UTF-8 ; il a été lu comme du Windows-1252 (export Excel). Vérifiez les accents des noms.`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\u0000")) {
    throw new UserError(`${file} : caractère nul (octet 0) : ce n'est pas un fichier texte (CSV, JSON ou YAML)`, ExitCode.usage);
  }
  return text;
}

/** The separator of a CSV file: the most frequent of `;`, `,` and tab outside quotes on the header line. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  let seen = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (seen) break;
    } else if (!quoted && counts.has(char)) {
      counts.set(char, counts.get(char)! + 1);
      seen = true;
    } else if (char.trim() !== "") seen = true;
  }
  let best = ";";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/**
 * `sep=;` on the first line (Excel writes it, and reads it, to state the separator): the separator
 * it names, and the text with that line emptied (an empty line is skipped; line numbers stay right).
 */
export function declaredSeparator(text: string): { delimiter?: string; text: string } {
  const match = /^sep=([^\r\n])[ \t]*(?=\r?\n|$)/i.exec(text);
  return match ? { delimiter: match[1], text: text.slice(match[0].length) } : { text };
}

function csvRows(original: string, file: string): Rows {
  const declared = declaredSeparator(original);
  const text = declared.text;
  const delimiter = declared.delimiter ?? detectDelimiter(text);
  const buffer = Buffer.from(text, "utf8");
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parseCsv(buffer, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    const reason = /quote/i.test((error as Error).message)
      ? "guillemet non fermé ou mal placé"
      : "ligne CSV illisible";
    const line = typeof lines === "number" && lines > 0 ? lines : 1;
    throw new UserError(`${file}:${line}  ${reason}`, ExitCode.usage, [
      { file, line, column: 1, path: "", message: reason, code: "learners.csv" },
    ]);
  }
  // Line numbers: the last line of a record is the number of line feeds before its end; a quoted
  // field may span lines, so its first line is that minus the line feeds inside its fields.
  let cursor = 0;
  let feeds = 0;
  const located = records.map(({ record, info }) => {
    const end = Math.max(cursor, info.bytes - 1);
    for (let i = cursor; i < end; i++) if (buffer[i] === 0x0a) feeds++;
    cursor = end;
    const inner = record.reduce((sum, field) => sum + countFeeds(field), 0);
    return { record, line: feeds + 1 - inner };
  });
  const header = located.shift();
  if (!header) throw new UserError(`${file} : la liste est vide (aucune ligne d'en-tête)`, ExitCode.usage);
  const starts = fieldStarts(lineAt(text, header.line), delimiter);
  const { columns, ignored } = csvColumns(header.record, file, header.line, (index) => starts[index] ?? 1);
  const rows = located
    .filter(({ record }) => record.some((field) => field !== ""))
    .map(({ record, line }) => ({
      line,
      values: new Map([...columns].map(([column, index]) => [column, (record[index] ?? "").normalize("NFC")] as const)),
      problems: [],
    }));
  return { present: new Set(columns.keys()), ignored, rows, headerLine: header.line };
}

/**
 * Which field of the header row feeds each column. Headers are compared after Unicode
 * normalisation and case folding (`normalizeHeader`): two headers that name the same column
 * (`nom` and `NOM`, `Prénom` typed in two Unicode forms, `courriel` and `e-mail`) leave no way
 * to know which one holds the data, and are refused with their place in the file.
 */
function csvColumns(
  headers: readonly string[],
  file: string,
  line: number,
  columnAt: (index: number) => number,
): { columns: Map<LearnerColumn, number>; ignored: string[] } {
  const columns = new Map<LearnerColumn, number>();
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    const column = columnOf(header);
    if (!column) {
      if (header.trim() !== "") ignored.push(header);
      return;
    }
    const first = columns.get(column);
    if (first !== undefined) {
      const message =
        `en-têtes en double : « ${headers[first]} » (colonne ${first + 1}) et « ${header} » (colonne ${index + 1}) ` +
        `désignent tous deux le ${COLUMN_LABELS[column]} ; gardez une seule de ces colonnes, ou renommez l'autre`;
      throw new UserError(`${file}:${line}:${columnAt(index)}  ${message}`, ExitCode.usage, [
        { file, line, column: columnAt(index), path: "", message, code: "learners.column-duplicate" },
      ]);
    }
    columns.set(column, index);
  });
  return { columns, ignored };
}

/** The text of 1-based line `n`. */
function lineAt(text: string, n: number): string {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const feed = text.indexOf("\n", start);
    if (feed < 0) return "";
    start = feed + 1;
  }
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** 1-based column where each field of a CSV line starts (a quoted separator is not a boundary). */
function fieldStarts(line: string, delimiter: string): number[] {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (!quoted && line[i] === delimiter) starts.push(i + 2);
  }
  return starts;
}

function countFeeds(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function structuredRows(text: string, file: string): Rows {
  const { data, source } = parseProjectText(text, file);
  let items: unknown = data;
  let base: (string | number)[] = [];
  if (items && typeof items === "object" && !Array.isArray(items)) {
    const key = Object.keys(items).find((k) => Array.isArray((items as Record<string, unknown>)[k]));
    if (key) {
      base = [key];
      items = (items as Record<string, unknown>)[key];
    }
  }
  if (!Array.isArray(items)) {
    throw new UserError(
      `${file} : une liste de participants est attendue (un tableau d'objets avec nom, prénom et courriel)`,
      ExitCode.usage,
    );
  }
  const present = new Set<LearnerColumn>();
  const ignored = new Set<string>();
  const rows: RawRow[] = [];
  items.forEach((item, index) => {
    const line = source.locate([...base, index]).line;
    const values = new Map<LearnerColumn, string>();
    const keys = new Map<LearnerColumn, string>();
    const problems: Problem[] = [];
    const refused = new Set<LearnerColumn>();
    const report = (path: (string | number)[], key: boolean, message: string, code: string) => {
      const at = source.locate([...base, ...path], { key });
      problems.push({ file, line: at.line, column: at.column, path: displayPath([...base, ...path]), message, code });
    };
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      report([index], false, "un participant est attendu ici : un objet avec nom, prénom et courriel", "learners.item-type");
      for (const column of REQUIRED) refused.add(column);
    } else {
      for (const [key, value] of Object.entries(item)) {
        const column = columnOf(key);
        if (!column) {
          ignored.add(key);
          continue;
        }
        present.add(column);
        const other = keys.get(column);
        if (other !== undefined) {
          report([index, key], true, `clés en double : « ${other} » et « ${key} » désignent toutes deux le ${COLUMN_LABELS[column]}`, "learners.column-duplicate");
          continue;
        }
        keys.set(column, key);
        if (value === null || value === undefined) values.set(column, "");
        else if (typeof value === "string" || typeof value === "number") values.set(column, String(value).normalize("NFC"));
        else {
          const what = Array.isArray(value) ? "une liste" : typeof value === "object" ? "un objet" : `la valeur ${String(value)}`;
          report([index, key], false, `${COLUMN_LABELS[column]} : un texte est attendu, pas ${what}`, "learners.value-type");
          refused.add(column);
        }
      }
    }
    rows.push({ line, values, problems, refused });
  });
  return { present, ignored: [...ignored], rows, headerLine: source.locate(base).line };
}

/** `["participants", 3, "nom"]` → `participants[3].nom`. */
function displayPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

function buildList(input: Rows, file: string, options: ReadLearnersOptions, notes: string[]): LearnerList {
  const ignored = input.ignored;
  const missing = REQUIRED.filter((column) => !input.present.has(column));
  if (missing.length > 0) {
    const names = missing.map((column) => `« ${COLUMN_LABELS[column]} »`).join(", ");
    const message =
      `colonne${missing.length > 1 ? "s" : ""} ${names} introuvable${missing.length > 1 ? "s" : ""} ; ` +
      `en-têtes attendus : nom, prénom, courriel (et, au choix, date d'achèvement, temps passé, résultat)`;
    throw new UserError(`${file}:${input.headerLine}  ${message}`, ExitCode.usage, [
      { file, line: input.headerLine, column: 1, path: "", message, code: "learners.column-missing" },
    ]);
  }
  if (ignored.length > 0) {
    notes.push(
      `${file} : colonne${ignored.length > 1 ? "s" : ""} ignorée${ignored.length > 1 ? "s" : ""} : ${ignored.map((h) => `« ${h} »`).join(", ")}.`,
    );
  }
  const minimum = options.criteria?.minimumTime ? parseDuration(options.criteria.minimumTime) : undefined;
  const learners: Learner[] = [];
  const problems: Problem[] = [];
  const emails = new Map<string, number>();
  const get = (row: RawRow, column: LearnerColumn) => (row.values.get(column) ?? "").trim();
  for (const row of input.rows) {
    const rowProblems: Problem[] = [...row.problems];
    const report = (column: LearnerColumn | "", message: string, code: string) =>
      (column && row.refused?.has(column)) ||
      rowProblems.push({ file, line: row.line, column: 1, path: column ? COLUMN_LABELS[column] : "", message, code });
    const lastName = get(row, "lastName");
    const firstName = get(row, "firstName");
    const email = get(row, "email");
    if (lastName === "") report("lastName", "nom manquant", "learners.name-missing");
    if (firstName === "") report("firstName", "prénom manquant", "learners.name-missing");
    if (email === "") report("email", "courriel manquant", "learners.email-missing");
    else if (!isValidEmail(email)) report("email", `courriel invalide « ${email} »`, "learners.email-invalid");
    else {
      const key = emailKey(email);
      const previous = emails.get(key);
      if (previous !== undefined) {
        report("email", `courriel « ${email} » déjà utilisé ligne ${previous} : un même participant figure deux fois`, "learners.email-duplicate");
      } else emails.set(key, row.line);
    }
    const learner: Learner = { lastName, firstName, email, line: row.line };
    const dateText = get(row, "completionDate");
    if (dateText !== "") {
      const date = parseLearnerDate(dateText);
      if (date) learner.completionDate = date;
      else report("completionDate", `date invalide « ${dateText} » (attendu : 09/03/2026 ou 2026-03-09)`, "learners.date-invalid");
    }
    const timeText = get(row, "timeSpent");
    if (timeText !== "") {
      const minutes = parseTimeSpent(timeText);
      if (minutes === undefined) {
        report("timeSpent", `temps passé illisible « ${timeText} » (attendu : 1h30, 90 min ou 01:30)`, "learners.time-invalid");
      } else {
        learner.timeSpentMinutes = minutes;
        if (minimum !== undefined && minutes < minimum) {
          report(
            "timeSpent",
            `temps passé (${formatDuration(minutes)}) inférieur au temps minimal exigé par les critères (${formatDuration(minimum)}) : attestation non délivrée`,
            "learners.criteria-time",
          );
        }
      }
    }
    const result = get(row, "result");
    if (result !== "") learner.result = result;
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else learners.push(learner);
  }
  return { learners, problems, notes };
}

/**
 * What makes two e-mail addresses the same for duplicates: Unicode NFC (an accent typed as one or
 * two code points) and case folding (`ß` and `SS` too); folding what `toLowerCase` equates as well,
 * so that two addresses kept apart here never share a badge identifier (see `awardId`).
 */
export function emailKey(email: string): string {
  return email.normalize("NFC").toLowerCase().toUpperCase().toLowerCase();
}
