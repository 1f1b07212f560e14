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
  stripForbiddenXmlCharsInRows(rows.rows, file, notes);
  return buildList(rows, file, options, notes);
}

/** A row before validation: its line and its values by header. */
interface RawRow {
  line: number;
  values: Map<string, string>;
}

interface Rows {
  headers: string[];
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

function csvRows(text: string, file: string): Rows {
  const buffer = Buffer.from(text, "utf8");
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parseCsv(buffer, {
      delimiter: detectDelimiter(text),
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
  const headers = header.record;
  const rows = located
    .filter(({ record }) => record.some((field) => field !== ""))
    .map(({ record, line }) => ({
      line,
      values: new Map(headers.map((name, index) => [name, record[index] ?? ""] as const)),
    }));
  return { headers, rows, headerLine: header.line };
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
  const headers: string[] = [];
  const rows: RawRow[] = [];
  items.forEach((item, index) => {
    const line = source.locate([...base, index]).line;
    const values = new Map<string, string>();
    if (item && typeof item === "object" && !Array.isArray(item)) {
      for (const [key, value] of Object.entries(item)) {
        if (!headers.includes(key)) headers.push(key);
        values.set(key, value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value).trim());
      }
    }
    rows.push({ line, values });
  });
  return { headers, rows, headerLine: source.locate(base).line };
}

function buildList(input: Rows, file: string, options: ReadLearnersOptions, notes: string[]): LearnerList {
  // Which header feeds which column; the first header wins when two name the same column.
  const columns = new Map<LearnerColumn, string>();
  const ignored: string[] = [];
  for (const header of input.headers) {
    const column = columnOf(header);
    if (column && !columns.has(column)) columns.set(column, header);
    else if (header.trim() !== "") ignored.push(header);
  }
  const missing = REQUIRED.filter((column) => !columns.has(column));
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
  const get = (row: RawRow, column: LearnerColumn) => {
    const header = columns.get(column);
    return header === undefined ? "" : (row.values.get(header) ?? "").trim();
  };
  for (const row of input.rows) {
    const rowProblems: Problem[] = [];
    const report = (column: LearnerColumn | "", message: string, code: string) =>
      rowProblems.push({ file, line: row.line, column: 1, path: column ? COLUMN_LABELS[column] : "", message, code });
    const lastName = get(row, "lastName");
    const firstName = get(row, "firstName");
    const email = get(row, "email");
    if (lastName === "") report("lastName", "nom manquant", "learners.name-missing");
    if (firstName === "") report("firstName", "prénom manquant", "learners.name-missing");
    if (email === "") report("email", "courriel manquant", "learners.email-missing");
    else if (!isValidEmail(email)) report("email", `courriel invalide « ${email} »`, "learners.email-invalid");
    else {
      const previous = emails.get(email.toLowerCase());
      if (previous !== undefined) {
        report("email", `courriel « ${email} » déjà utilisé ligne ${previous} : un même participant figure deux fois`, "learners.email-duplicate");
      } else emails.set(email.toLowerCase(), row.line);
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
