/** What OB 2.0 and OB 3.0 badges share: addresses, texts drawn from the course, recipient hashing. */
import { createHash, randomBytes } from "node:crypto";
import { formatDuration, parseDuration } from "../../common/duration.js";
import { ExitCode, UserError } from "../../common/errors.js";
import { allActivities } from "../../common/project-walk.js";
import type { TrainingProject } from "../../schema/training-project.js";

/** The default badge colour: bleu France. */
export const DEFAULT_BADGE_COLOR = "#000091";

/** Addresses under `recognition.badge.baseUrl` where the badge files are to be published. */
export interface BadgeUrls {
  base: string;
  issuer: string;
  badgeClass: string;
  achievement: string;
  image: string;
  criteria: string;
  assertion(id: string): string;
  credential(id: string): string;
  competence(index: number): string;
}

/** The badge facts drawn from the project, checked once. */
export interface BadgeFacts {
  name: string;
  description: string;
  criteriaNarrative: string;
  issuer: { name: string; url: string; email: string };
  color: string;
  competences: { name: string; code?: string; framework?: string }[];
  urls: BadgeUrls;
  language: "fr";
}

/**
 * Reads the badge facts of a project. Throws a `UserError` naming what is missing (in French)
 * when `recognition.badge.baseUrl` or the issuer is absent: a badge cannot be verified without them.
 */
export function badgeFacts(project: TrainingProject): BadgeFacts {
  const recognition = project.recognition ?? {};
  const missing: string[] = [];
  if (!recognition.badge?.baseUrl) missing.push("recognition.badge.baseUrl (adresse de publication des badges)");
  if (!recognition.issuer?.name) missing.push("recognition.issuer.name (organisme qui délivre)");
  // Open Badges 2.0 requires the issuer's web address and e-mail.
  if (!recognition.issuer?.url) missing.push("recognition.issuer.url (site de l'organisme)");
  if (!recognition.issuer?.email) missing.push("recognition.issuer.email (courriel de l'organisme)");
  if (missing.length > 0) {
    throw new UserError(`Impossible de produire les open badges : il manque ${missing.join(", ")}.`, ExitCode.invalid);
  }
  const base = recognition.badge!.baseUrl!.endsWith("/") ? recognition.badge!.baseUrl! : `${recognition.badge!.baseUrl!}/`;
  const urls: BadgeUrls = {
    base,
    issuer: `${base}issuer.json`,
    badgeClass: `${base}badge.json`,
    achievement: `${base}achievement.json`,
    image: `${base}badge.svg`,
    criteria: `${base}criteres.html`,
    assertion: (id) => `${base}assertions/${id}.json`,
    credential: (id) => `${base}credentials/${id}.json`,
    competence: (index) => `${base}criteres.html#competence-${index + 1}`,
  };
  const course = project.course;
  const name = recognition.badge?.name?.trim() || course.title;
  return {
    name,
    description: badgeDescription(project),
    criteriaNarrative: criteriaNarrative(project),
    issuer: { name: recognition.issuer!.name, url: recognition.issuer!.url!, email: recognition.issuer!.email! },
    color: recognition.badge?.color ?? DEFAULT_BADGE_COLOR,
    competences: (course.competences ?? []).map((c) => ({ name: c.label, code: c.code, framework: c.framework })),
    urls,
    language: "fr",
  };
}

/** Course label, estimated duration and objectives, in French (REC-1). */
function badgeDescription(project: TrainingProject): string {
  const course = project.course;
  const lines: string[] = [];
  lines.push(course.summary?.trim() || course.goal?.trim() || `Badge délivré à l'issue de la formation « ${course.title} ».`);
  const minutes = ["online", "onSite"]
    .map((key) => parseDuration((course.estimatedDuration as Record<string, string> | undefined)?.[key] ?? ""))
    .reduce<number | undefined>((sum, m) => (m === undefined ? sum : (sum ?? 0) + m), undefined);
  if (minutes !== undefined) lines.push(`Durée estimée : ${formatDuration(minutes).replace(/\u00a0/g, " ")}.`);
  const objectives = (course.objectives ?? []).map((o) => o.label.trim()).filter(Boolean);
  if (objectives.length > 0) lines.push(`Objectifs : ${objectives.join(" ; ")}.`);
  return lines.join("\n");
}

/** The criteria (activities to complete, minimum time, description), in French (REC-1). */
function criteriaNarrative(project: TrainingProject): string {
  const criteria = project.recognition?.criteria ?? {};
  const lines: string[] = [];
  if (criteria.description?.trim()) lines.push(criteria.description.trim());
  const titles = new Map(allActivities(project).map(({ activity }) => [activity.id, activity.title] as const));
  const activities = (criteria.activities ?? []).map((id) => titles.get(id) ?? id);
  if (activities.length > 0) lines.push(`Activités à réaliser : ${activities.map((a) => `« ${a} »`).join(", ")}.`);
  const minimum = criteria.minimumTime ? parseDuration(criteria.minimumTime) : undefined;
  if (minimum !== undefined) lines.push(`Temps minimal passé en formation : ${formatDuration(minimum).replace(/\u00a0/g, " ")}.`);
  if (lines.length === 0) lines.push(`Avoir suivi la formation « ${project.course.title} ».`);
  return lines.join("\n");
}

/** A random salt for hashing a recipient's e-mail (hex, 16 bytes). */
export function newSalt(): string {
  return randomBytes(16).toString("hex");
}

/** `sha256$<hex>` of the e-mail (lowercased, trimmed) followed by the salt, as both specifications define it. */
export function hashEmail(email: string, salt: string): string {
  return `sha256$${createHash("sha256").update(email.trim().toLowerCase() + salt, "utf8").digest("hex")}`;
}

/**
 * A stable, opaque identifier of a learner's award (UUID form): the same badge and e-mail always
 * give the same one, so re-issuing overwrites rather than duplicates; the e-mail cannot be read from it.
 */
export function awardId(badgeUrl: string, email: string): string {
  const hex = createHash("sha256").update(`${badgeUrl}\n${email.trim().toLowerCase()}`, "utf8").digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `2026-03-09` → `2026-03-09T00:00:00Z`; a missing date gives the current time (without milliseconds). */
export function dateTime(date: string | undefined, now: Date = new Date()): string {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}
