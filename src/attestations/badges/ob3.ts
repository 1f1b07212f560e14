/** Open Badges 3.0: a learner's OpenBadgeCredential (a W3C Verifiable Credential), checked against the official schema offline. */
import { readFileSync } from "node:fs";
import { packageFile } from "../../common/package-root.js";
import Ajv2019Module, { type ValidateFunction } from "ajv/dist/2019.js";
import addFormatsModule from "ajv-formats";
import type { Learner } from "../learners/read-learners.js";
import { awardId, dateTime, hashEmail, newSalt, type BadgeFacts } from "./common.js";

// ajv and ajv-formats are CommonJS: under NodeNext their default import is the module object.
const Ajv2019 = Ajv2019Module.default;
const addFormats = addFormatsModule.default;

export const VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
export const OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

/** An OB 3.0 credential as JSON (the official schema is the reference for its shape). */
export type Credential = Record<string, unknown> & { id: string; type: string[] };

export interface CredentialOptions {
  /** Salt of the recipient's hashed e-mail (random when omitted). */
  salt?: string;
  /** Award time when the learner has no completion date (now when omitted). */
  now?: Date;
  /** `recognition.attestationType`: a completion gives a `CertificateOfCompletion`. */
  attestationType?: "participation" | "completion";
}

/** A learner's credential, unsigned; its subject is identified by the hashed e-mail only. */
export function buildCredential(facts: BadgeFacts, learner: Learner, options: CredentialOptions = {}): Credential {
  const salt = options.salt ?? newSalt();
  const awarded = dateTime(learner.completionDate, options.now);
  const achievement: Record<string, unknown> = {
    id: facts.urls.achievement,
    type: ["Achievement"],
    achievementType: options.attestationType === "completion" ? "CertificateOfCompletion" : "Course",
    name: facts.name,
    description: facts.description,
    criteria: { id: facts.urls.criteria, narrative: facts.criteriaNarrative },
    image: { id: facts.urls.image, type: "Image", caption: facts.name },
    inLanguage: facts.language,
  };
  if (facts.competences.length > 0) {
    achievement.alignment = facts.competences.map((competence, index) => ({
      type: ["Alignment"],
      targetName: competence.name,
      targetUrl: facts.urls.competence(index),
      ...(competence.code ? { targetCode: competence.code } : {}),
      ...(competence.framework ? { targetFramework: competence.framework } : {}),
    }));
  }
  const subject: Record<string, unknown> = {
    type: ["AchievementSubject"],
    identifier: [
      { type: "IdentityObject", identityHash: hashEmail(learner.email, salt), identityType: "emailAddress", hashed: true, salt },
    ],
    achievement,
  };
  if (learner.completionDate) subject.activityEndDate = awarded;
  return {
    "@context": [VC_CONTEXT, OB3_CONTEXT],
    id: `urn:uuid:${awardId(facts.urls.achievement, learner.email)}`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: facts.name,
    description: facts.description,
    issuer: {
      id: facts.urls.issuer,
      type: ["Profile"],
      name: facts.issuer.name,
      url: facts.issuer.url,
      email: facts.issuer.email,
    },
    validFrom: awarded,
    awardedDate: awarded,
    credentialSubject: subject,
  };
}

let validator: ValidateFunction | undefined;

/** The official OB 3.0 AchievementCredential JSON Schema, shipped in `schemas/openbadges/`. */
export function credentialSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(packageFile("schemas", "openbadges", "ob_v3p0_achievementcredential_schema.json"), "utf8")) as Record<string, unknown>;
}

/** Problems of a credential against the official schema (empty when valid); no network access. */
export function validateCredential(credential: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(credentialSchema());
  }
  if (validator(credential)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`.trim());
}
