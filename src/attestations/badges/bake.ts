/**
 * Baking: a learner's badge data inside the SVG image, as the Open Badges baking specifications say.
 * OB 2.0: `<openbadges:assertion verify="…">` (namespace http://openbadges.org) holding the
 * assertion JSON in CDATA. OB 3.0: `<openbadges:credential>` (namespace
 * https://purl.imsglobal.org/ob/v3p0) holding the credential JSON in CDATA, or, when signed,
 * empty with the VC-JWT in its `verify` attribute.
 */
import { decodeJwt } from "jose";
import type { Ob2Assertion } from "./ob2.js";
import type { Credential } from "./ob3.js";
import { escapeXml, unescapeXml } from "../../common/xml.js";

export const OB2_SVG_NAMESPACE = "http://openbadges.org";
export const OB3_SVG_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";

export type BakePayload =
  | { version: "2.0"; assertion: Ob2Assertion }
  | { version: "3.0"; credential: Credential }
  | { version: "3.0"; jwt: string };

export type Unbaked =
  | { version: "2.0"; verify: string; assertion?: Record<string, unknown> }
  | { version: "3.0"; credential: Record<string, unknown>; jwt?: string };

const BAKED = /<openbadges:(assertion|credential)\b[^>]*?(?:\/>|>[\s\S]*?<\/openbadges:\1\s*>)\s*/g;

/** JSON for a CDATA section: `>` written `\u003e`, so `]]>` can never occur; U+FFFE and U+FFFF (which XML forbids and JSON.stringify leaves raw) escaped too. */
function cdataJson(value: unknown): string {
  return `<![CDATA[${JSON.stringify(value, null, 2).replace(/[>\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}]]>`;
}

/** The SVG with the payload baked in (an earlier baked element is replaced). */
export function bake(svg: string, payload: BakePayload): string {
  const clean = svg.replace(BAKED, "");
  const root = /<svg\b[^>]*>/.exec(clean);
  if (!root || root[0].endsWith("/>")) throw new Error("bake: no <svg> root element");
  const namespace = payload.version === "2.0" ? OB2_SVG_NAMESPACE : OB3_SVG_NAMESPACE;
  let open = root[0];
  open = /\sxmlns:openbadges\s*=\s*"[^"]*"/.test(open)
    ? open.replace(/(\sxmlns:openbadges\s*=\s*")[^"]*"/, `$1${namespace}"`)
    : open.replace(/^<svg\b/, `<svg xmlns:openbadges="${namespace}"`);
  let element: string;
  if (payload.version === "2.0") {
    element = `<openbadges:assertion verify="${escapeXml(payload.assertion.id)}">${cdataJson(payload.assertion)}</openbadges:assertion>`;
  } else if ("jwt" in payload) {
    element = `<openbadges:credential verify="${escapeXml(payload.jwt)}"></openbadges:credential>`;
  } else {
    element = `<openbadges:credential>${cdataJson(payload.credential)}</openbadges:credential>`;
  }
  return clean.slice(0, root.index) + open + "\n  " + element + clean.slice(root.index + root[0].length);
}

/**
 * Reads back what an SVG carries: the first `openbadges:assertion` or `openbadges:credential`
 * element. A signed OB 3.0 credential is decoded from its VC-JWT without checking the signature
 * (use `verifyCredentialJwt` for that). `undefined` when the image is not baked.
 */
export function unbake(svg: string): Unbaked | undefined {
  const match = /<openbadges:(assertion|credential)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/openbadges:\1\s*>)/.exec(svg);
  if (!match) return undefined;
  const verifyAttribute = /\sverify\s*=\s*"([^"]*)"/.exec(match[2] ?? "");
  const verify = verifyAttribute ? unescapeXml(verifyAttribute[1]!) : undefined;
  const body = match[3] ?? "";
  const cdata = [...body.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join("");
  const text = (cdata || unescapeXml(body)).trim();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  if (match[1] === "assertion") {
    return { version: "2.0", verify: verify ?? String(json?.id ?? ""), ...(json ? { assertion: json } : {}) };
  }
  if (json) return { version: "3.0", credential: json };
  if (verify) return { version: "3.0", credential: decodeJwt(verify) as Record<string, unknown>, jwt: verify };
  return undefined;
}
