/**
 * Recognises the files people pick by mistake in place of a text file (a Word document or an
 * Excel workbook instead of the project or the learners' list, a PDF, an image), by their first
 * bytes, so the message says what the file is rather than « not UTF-8 ». Undefined for anything
 * else.
 */
export function binaryFormatOf(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) {
    return "une archive ZIP, comme un document Word (.docx), un classeur Excel (.xlsx) ou LibreOffice (.odt, .ods)";
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "un ancien document Office (.doc, .xls)";
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "un PDF";
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return "une image";
  return undefined;
}
