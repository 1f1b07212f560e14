import { SEVERITY_LABELS, type Finding, type Severity } from "../check/index.js";
import { escapeControls } from "../common/terminal-text.js";
import type { Output } from "./output.js";

export const COLOURS: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };
export const RESET = "\x1b[0m";
export const BOLD = "\x1b[1m";

/** Colours `text` on a terminal only. */
export function painter(output: Output) {
  return (colour: string, text: string) => (output.isTTY ? `${colour}${text}${RESET}` : text);
}

/** `file:line:col  erreur  ACT-2 (D.3)  message` */
export function findingLine(f: Finding, output: Output, indent = ""): string {
  const paint = painter(output);
  const where = escapeControls(f.line > 0 ? `${f.file}:${f.line}:${f.column}` : f.file || "(projet)");
  const label = paint(COLOURS[f.severity], SEVERITY_LABELS[f.severity].one);
  return `${indent}${where}  ${label}  ${escapeControls(`${f.requirement} (${f.section})`)}  ${escapeControls(f.message)}`;
}

/** Findings grouped by severity (errors, then warnings, then information), each group titled. */
export function printFindingsBySeverity(findings: readonly Finding[], output: Output, print = output.out): void {
  const paint = painter(output);
  for (const severity of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const { one, many } = SEVERITY_LABELS[severity];
    const title = `${(group.length > 1 ? many : one).replace(/^./, (c) => c.toUpperCase())} (${group.length})`;
    print(paint(BOLD, title));
    for (const f of group) print(findingLine(f, output));
    print("");
  }
}
