/** The badge image: a clean SVG (course title wrapped, issuer), in the badge colour. */
import { escapeXml } from "../../common/xml.js";
import { DEFAULT_BADGE_COLOR } from "./common.js";

export interface BadgeImage {
  /** Badge name (by default the course title). */
  name: string;
  issuer: { name: string };
  /** `#RRGGBB`; bleu France when omitted. */
  color?: string;
}

/** Splits `text` into at most `maxLines` lines of about `width` characters (words kept whole when they fit). */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (let word of words) {
    while (word.length > width) {
      if (current) lines.push(current);
      lines.push(word.slice(0, width - 1) + "-");
      word = word.slice(width - 1);
      current = "";
    }
    if (!current) current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = (last.length >= width ? last.slice(0, width - 1) : last).replace(/[\s-]+$/, "") + "…";
    return kept;
  }
  return lines;
}

/** Dark text on light colours, white text on dark ones. */
function textColor(background: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 0.4 ? "#161616" : "#ffffff";
}

/** The badge as an SVG document (512 × 512), text XML-escaped. */
export function badgeSvg(badge: BadgeImage): string {
  const color = badge.color && /^#[0-9a-f]{6}$/i.test(badge.color) ? badge.color.toLowerCase() : DEFAULT_BADGE_COLOR;
  const ink = textColor(color);
  const title = wrapText(badge.name, 18, 5);
  const size = title.length <= 2 ? 40 : title.length <= 3 ? 36 : 30;
  const lineHeight = Math.round(size * 1.2);
  const issuer = wrapText(badge.issuer.name, 30, 2);
  const top = 236 - ((title.length - 1) * lineHeight) / 2;
  const titleLines = title
    .map((line, i) => `    <tspan x="256" y="${Math.round(top + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join("\n");
  const rule = Math.round(top + (title.length - 1) * lineHeight + 34);
  const issuerLines = issuer
    .map((line, i) => `    <tspan x="256" y="${rule + 32 + i * 24}">${escapeXml(line)}</tspan>`)
    .join("\n");
  const label = escapeXml(`${badge.name} – ${badge.issuer.name}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512" role="img" aria-label="${label}">
  <title>${escapeXml(badge.name)}</title>
  <circle cx="256" cy="256" r="250" fill="${color}"/>
  <circle cx="256" cy="256" r="228" fill="none" stroke="${ink}" stroke-width="4" stroke-opacity="0.6"/>
  <text font-family="Marianne, Arial, Helvetica, sans-serif" font-size="${size}" font-weight="700" fill="${ink}" text-anchor="middle">
${titleLines}
  </text>
  <line x1="176" y1="${rule}" x2="336" y2="${rule}" stroke="${ink}" stroke-width="2"/>
  <text font-family="Marianne, Arial, Helvetica, sans-serif" font-size="20" fill="${ink}" text-anchor="middle">
${issuerLines}
  </text>
</svg>
`;
}
