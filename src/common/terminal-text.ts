/**
 * User text made safe to print on a terminal. Control characters (C0, DEL, C1 — ESC among them) and
 * the bidirectional controls that reorder a line are shown as visible escapes (`\x1b`, `\u202e`),
 * so a project's text can neither clear, retitle or overwrite the report (`\e[2J`, `\e]0;…\a`,
 * `\r\e[K`) nor disguise a line. Every printer of user text goes through this function.
 */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINE_FEED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The colours and weights mentor-docs itself writes (see cli/findings.ts): all SGR, nothing else. */
const OWN_COLOURS = /\x1b\[(?:0|1|2|31|32|33|36)m/g;

export interface EscapeOptions {
  /** Keep line feeds (a whole message of several lines); by default a value is kept on one line. */
  keepLineFeeds?: boolean;
  /** Keep mentor-docs' own colour codes (the output stream's last guard, after the values were escaped). */
  keepOwnColours?: boolean;
}

export function escapeControls(text: string, options: EscapeOptions = {}): string {
  const pattern = options.keepLineFeeds ? CONTROLS_BUT_LINE_FEED : CONTROLS;
  if (!options.keepOwnColours) return text.replace(pattern, visible);
  // Split around our own codes; escape everything between them.
  let out = "";
  let last = 0;
  for (const match of text.matchAll(OWN_COLOURS)) {
    out += text.slice(last, match.index).replace(pattern, visible) + match[0];
    last = match.index + match[0].length;
  }
  return out + text.slice(last).replace(pattern, visible);
}

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
