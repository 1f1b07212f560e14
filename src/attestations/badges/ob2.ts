/** Open Badges 2.0 (what Moodle, and so Mentor, issues): issuer Profile, BadgeClass, hosted Assertions. */
import type { Learner } from "../learners/read-learners.js";
import { awardId, dateTime, hashEmail, newSalt, type BadgeFacts } from "./common.js";

export const OB2_CONTEXT = "https://w3id.org/openbadges/v2";

export interface Ob2Profile {
  "@context": string;
  id: string;
  type: "Issuer";
  name: string;
  url: string;
  email: string;
  verification: { type: "VerificationObject"; verificationProperty: "id"; startsWith: string };
}

export interface Ob2BadgeClass {
  "@context": string;
  id: string;
  type: "BadgeClass";
  name: string;
  description: string;
  image: string;
  criteria: { id: string; narrative: string };
  issuer: string;
  alignment?: { targetName: string; targetUrl: string; targetCode?: string; targetFramework?: string }[];
  tags: string[];
}

export interface Ob2Assertion {
  "@context": string;
  id: string;
  type: "Assertion";
  recipient: { type: "email"; hashed: true; salt: string; identity: string };
  badge: string;
  verification: { type: "HostedBadge" };
  issuedOn: string;
  image: string;
  narrative?: string;
}

/** The issuer Profile, to publish at `<baseUrl>issuer.json`. */
export function buildIssuerProfile(facts: BadgeFacts): Ob2Profile {
  return {
    "@context": OB2_CONTEXT,
    id: facts.urls.issuer,
    type: "Issuer",
    name: facts.issuer.name,
    url: facts.issuer.url,
    email: facts.issuer.email,
    // Hosted assertions are valid only under the badge's address.
    verification: { type: "VerificationObject", verificationProperty: "id", startsWith: facts.urls.base },
  };
}

/** The BadgeClass, to publish at `<baseUrl>badge.json`, with its image at `<baseUrl>badge.svg`. */
export function buildBadgeClass(facts: BadgeFacts): Ob2BadgeClass {
  const badge: Ob2BadgeClass = {
    "@context": OB2_CONTEXT,
    id: facts.urls.badgeClass,
    type: "BadgeClass",
    name: facts.name,
    description: facts.description,
    image: facts.urls.image,
    criteria: { id: facts.urls.criteria, narrative: facts.criteriaNarrative },
    issuer: facts.urls.issuer,
    tags: ["Mentor", "formation"],
  };
  if (facts.competences.length > 0) {
    badge.alignment = facts.competences.map((competence, index) => ({
      targetName: competence.name,
      targetUrl: facts.urls.competence(index),
      ...(competence.code ? { targetCode: competence.code } : {}),
      ...(competence.framework ? { targetFramework: competence.framework } : {}),
    }));
  }
  return badge;
}

export interface AssertionOptions {
  /** Salt of the recipient's hashed e-mail (random when omitted). */
  salt?: string;
  /** Award time when the learner has no completion date (now when omitted). */
  now?: Date;
}

/**
 * A learner's hosted Assertion, to publish at `<baseUrl>assertions/<id>.json` (its `id`); the
 * e-mail is only present hashed (`sha256$…`) with its salt.
 */
export function buildAssertion(facts: BadgeFacts, learner: Learner, options: AssertionOptions = {}): Ob2Assertion {
  const salt = options.salt ?? newSalt();
  const id = awardId(facts.urls.badgeClass, learner.email);
  const assertion: Ob2Assertion = {
    "@context": OB2_CONTEXT,
    id: facts.urls.assertion(id),
    type: "Assertion",
    recipient: { type: "email", hashed: true, salt, identity: hashEmail(learner.email, salt) },
    badge: facts.urls.badgeClass,
    verification: { type: "HostedBadge" },
    issuedOn: dateTime(learner.completionDate, options.now),
    image: facts.urls.assertion(id).replace(/\.json$/, ".svg"),
  };
  return assertion;
}
