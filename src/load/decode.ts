import { binaryFormatOf } from "../common/binary-format.js";
import { UserError, ExitCode } from "../common/errors.js";

/**
 * Turns the file's bytes into text: UTF-8, with or without BOM; CRLF is left to the parsers,
 * which accept it. Other encodings are refused with a message that says how to fix the file,
 * rather than read as garbage.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const format = binaryFormatOf(bytes);
  if (format) {
    throw encodingError(file, 1, 1, `ce fichier est ${format}, pas la description d'un projet : donnez le fichier JSON ou YAML du projet`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw encodingError(file, 1, 1, "le fichier est encodé en UTF-16 ; enregistrez-le en UTF-8");
  }
  // UTF-16 without a byte order mark: a project starts with text (« course », « { », « # »), so one
  // of its first two bytes is 0.
  if (bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0)) {
    throw encodingError(file, 1, 1, "le fichier semble encodé en UTF-16 ; enregistrez-le en UTF-8");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const { line, column } = lineColumnAt(lossy, lossy.indexOf("\ufffd"));
    throw encodingError(
      file,
      line,
      column,
      "le fichier n'est pas en UTF-8 (il semble encodé en Latin-1 ou Windows-1252) ; enregistrez-le en UTF-8",
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const { line, column } = lineColumnAt(text, nul);
    throw encodingError(file, line, column, "caractère nul (octet 0) : le fichier n'est pas un texte JSON ou YAML");
  }
  return text;
}

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function encodingError(file: string, line: number, column: number, message: string): UserError {
  return new UserError(`${file}:${line}:${column}  ${message}`, ExitCode.usage, [
    { file, line, column, path: "", message, code: "syntax.encoding" },
  ]);
}
