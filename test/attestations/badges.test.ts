import { generateKeyPairSync, createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { parseProjectText } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";
import type { TrainingProject } from "../../src/schema/training-project.js";
import type { Learner } from "../../src/attestations/learners/read-learners.js";
import { badgeFacts, hashEmail } from "../../src/attestations/badges/common.js";
import { buildAssertion, buildBadgeClass, buildIssuerProfile } from "../../src/attestations/badges/ob2.js";
import { buildCredential, validateCredential } from "../../src/attestations/badges/ob3.js";
import { badgeSvg, wrapText } from "../../src/attestations/badges/svg.js";
import { bake, unbake } from "../../src/attestations/badges/bake.js";
import { parseSigningKey, signCredential, verifyCredentialJwt } from "../../src/attestations/badges/sign.js";

const EXAMPLE = join(import.meta.dirname, "../../examples/hybride-management-equipe.yaml");

function exampleProject(): TrainingProject {
  const loaded = parseProjectText(readFileSync(EXAMPLE, "utf8"), EXAMPLE);
  const result = validateProject(loaded);
  if (!result.valid) throw new Error("example invalid");
  return result.project;
}

const project = exampleProject();
const facts = badgeFacts(project);
const learner: Learner = { lastName: "D'Aubigné", firstName: "Ève", email: "Eve.Daubigne@exemple.gouv.fr", completionDate: "2026-03-09", line: 2 };

describe("Open Badges 2.0 (REC-1)", () => {
  it("REC-1 issuer Profile has every property the 2.0 spec requires of an issuer", () => {
    const issuer = buildIssuerProfile(facts);
    for (const key of ["@context", "id", "type", "name", "url", "email"] as const) expect(issuer[key], key).toBeTruthy();
    expect(issuer.type).toBe("Issuer");
    expect(issuer.name).toBe(project.recognition!.issuer!.name);
    expect(issuer.email).toBe(project.recognition!.issuer!.email);
    expect(issuer.id.startsWith(project.recognition!.badge!.baseUrl!)).toBe(true);
  });

  it("REC-1 BadgeClass: name, description (label, duration, objectives), criteria, image, issuer, alignment to competences", () => {
    const badge = buildBadgeClass(facts);
    for (const key of ["@context", "id", "type", "name", "description", "image", "criteria", "issuer"] as const) expect(badge[key], key).toBeTruthy();
    expect(badge["@context"]).toBe("https://w3id.org/openbadges/v2");
    expect(badge.type).toBe("BadgeClass");
    expect(badge.name).toBe(project.recognition!.badge!.name);
    expect(badge.description).toMatch(/Durée estimée : \d+ h/);
    for (const objective of project.course.objectives ?? []) expect(badge.description).toContain(objective.label);
    expect(badge.criteria.narrative).toContain(project.recognition!.criteria!.description!.slice(0, 40));
    expect(badge.criteria.narrative).toMatch(/Temps minimal passé en formation : 17 h/);
    expect(badge.criteria.narrative).toMatch(/Activités à réaliser : « /);
    expect(badge.issuer).toBe(buildIssuerProfile(facts).id);
    const competences = project.course.competences ?? [];
    expect(competences.length).toBeGreaterThan(0);
    expect(badge.alignment!.map((a) => a.targetName)).toEqual(competences.map((c) => c.label));
    for (const alignment of badge.alignment!) expect(alignment.targetUrl).toMatch(/^https:\/\//);
  });

  it("REC-1 Assertion: hosted verification under baseUrl, e-mail hashed with its salt, every required property", () => {
    const assertion = buildAssertion(facts, learner, { salt: "sel-de-test" });
    for (const key of ["@context", "id", "type", "recipient", "badge", "verification", "issuedOn"] as const) expect(assertion[key], key).toBeTruthy();
    expect(assertion.type).toBe("Assertion");
    expect(assertion.id.startsWith(facts.urls.base)).toBe(true);
    expect(assertion.verification.type).toBe("HostedBadge");
    expect(assertion.badge).toBe(buildBadgeClass(facts).id);
    expect(assertion.issuedOn).toBe("2026-03-09T00:00:00Z");
    const expectedHash = "sha256$" + createHash("sha256").update("eve.daubigne@exemple.gouv.fr" + "sel-de-test").digest("hex");
    expect(assertion.recipient).toEqual({ type: "email", hashed: true, salt: "sel-de-test", identity: expectedHash });
    expect(JSON.stringify(assertion)).not.toMatch(/daubigne@/i);
    // Same learner, same badge: same assertion address (re-issuing overwrites); another learner: another.
    expect(buildAssertion(facts, learner).id).toBe(assertion.id);
    expect(buildAssertion(facts, { ...learner, email: "autre@exemple.gouv.fr" }).id).not.toBe(assertion.id);
    expect(buildAssertion(facts, learner).recipient.salt).not.toBe(buildAssertion(facts, learner).recipient.salt);
  });

  it("REC-1 a badge without baseUrl or issuer e-mail is refused in French", () => {
    const broken = { ...project, recognition: { ...project.recognition, badge: { enabled: true }, issuer: { name: "X" } } };
    expect(() => badgeFacts(broken)).toThrow(/recognition\.badge\.baseUrl.*recognition\.issuer\.url.*recognition\.issuer\.email/);
  });
});

describe("Open Badges 3.0 (REC-1)", () => {
  it("REC-1 the credential validates against the official OB 3.0 AchievementCredential schema", () => {
    const credential = buildCredential(facts, learner, { salt: "abc", attestationType: "completion" });
    expect(validateCredential(credential)).toEqual([]);
    const subject = credential.credentialSubject as { achievement: Record<string, unknown>; identifier: Record<string, unknown>[] };
    expect(subject.achievement.name).toBe(facts.name);
    expect(subject.achievement.achievementType).toBe("CertificateOfCompletion");
    expect(subject.identifier[0]).toMatchObject({ identityType: "emailAddress", hashed: true, identityHash: hashEmail(learner.email, "abc") });
    expect((subject.achievement.alignment as unknown[]).length).toBe(project.course.competences!.length);
    expect(credential.validFrom).toBe("2026-03-09T00:00:00Z");
  });

  it("REC-1 without a completion date the credential is still valid (validFrom = now)", () => {
    const credential = buildCredential(facts, { ...learner, completionDate: undefined }, { now: new Date("2026-04-01T10:20:30.456Z") });
    expect(credential.validFrom).toBe("2026-04-01T10:20:30Z");
    expect(validateCredential(credential)).toEqual([]);
  });

  it("REC-1 the schema check catches a broken credential (the validator is not a no-op)", () => {
    const credential = buildCredential(facts, learner);
    expect(validateCredential({ ...credential, type: ["VerifiableCredential"] }).length).toBeGreaterThan(0);
    const { issuer: _, ...noIssuer } = credential;
    expect(validateCredential(noIssuer).join(" ")).toMatch(/issuer/);
    expect(validateCredential({ ...credential, "@context": ["https://www.w3.org/ns/credentials/v2"] }).length).toBeGreaterThan(0);
  });
});

describe("badge image and baking (REC-1)", () => {
  it("REC-1 the SVG shows the wrapped title and the issuer, in the badge colour, text escaped", () => {
    const svg = badgeSvg({ name: "Sécurité <des> données & « RGPD » pour les agents publics", issuer: { name: "Direction A&B" }, color: "#1F8D49" });
    expect(svg).toContain('fill="#1f8d49"');
    expect(svg).toContain("Sécurité &lt;des&gt;");
    expect(svg).toContain("Direction A&amp;B");
    expect(svg.match(/<tspan/g)!.length).toBeGreaterThanOrEqual(4);
    expect(badgeSvg({ name: "Court", issuer: { name: "X" } })).toContain('fill="#000091"');
    expect(wrapText("Manager de proximité – les fondamentaux", 18, 5)).toEqual(["Manager de", "proximité – les", "fondamentaux"]);
    expect(wrapText("a ".repeat(200), 10, 3)).toHaveLength(3);
  });

  it("REC-1 OB 2.0 baking round-trip: openbadges:assertion with verify and the assertion in CDATA", () => {
    const assertion = { ...buildAssertion(facts, learner, { salt: "s" }), narrative: "texte piégé ]]> <b>&" };
    const svg = bake(badgeSvg(facts), { version: "2.0", assertion });
    expect(svg).toMatch(/<svg xmlns:openbadges="http:\/\/openbadges.org"/);
    expect(svg).toMatch(new RegExp(`<openbadges:assertion verify="${assertion.id}"><!\\[CDATA\\[`));
    expect(svg.match(/\]\]>/g)).toHaveLength(1);
    expect(unbake(svg)).toEqual({ version: "2.0", verify: assertion.id, assertion });
    // Baking again replaces, never duplicates.
    const again = bake(svg, { version: "2.0", assertion });
    expect(again.match(/<openbadges:assertion/g)).toHaveLength(1);
    expect(unbake(badgeSvg(facts))).toBeUndefined();
  });

  it("REC-1 OB 3.0 baking round-trip: openbadges:credential in the v3p0 namespace", () => {
    const credential = buildCredential(facts, learner, { salt: "s" });
    const svg = bake(badgeSvg(facts), { version: "3.0", credential });
    expect(svg).toMatch(/<svg xmlns:openbadges="https:\/\/purl.imsglobal.org\/ob\/v3p0"/);
    expect(unbake(svg)).toEqual({ version: "3.0", credential });
  });
});

describe("VC-JWT signing (REC-1)", () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();

  it("REC-1 a signed credential verifies with the issuer's public key and not with another", async () => {
    const credential = buildCredential(facts, learner, { salt: "s" });
    const jwt = await signCredential(credential, parseSigningKey(pem));
    expect(decodeProtectedHeader(jwt)).toMatchObject({ alg: "EdDSA", typ: "JWT" });
    const payload = await verifyCredentialJwt(jwt, publicKey);
    expect(payload).toMatchObject({ ...credential, iss: facts.urls.issuer, jti: credential.id, nbf: Date.parse("2026-03-09T00:00:00Z") / 1000 });
    const other = generateKeyPairSync("ed25519").publicKey;
    await expect(verifyCredentialJwt(jwt, other)).rejects.toThrow();
    const [h, , s] = jwt.split(".");
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, name: "Faux" })).toString("base64url")}.${s}`;
    await expect(verifyCredentialJwt(tampered, publicKey)).rejects.toThrow();
  });

  it("REC-1 a signed credential bakes into the verify attribute and unbakes to the same credential", async () => {
    const credential = buildCredential(facts, learner, { salt: "s" });
    const jwt = await signCredential(credential, pem);
    const svg = bake(badgeSvg(facts), { version: "3.0", jwt });
    expect(svg).toContain(`<openbadges:credential verify="${jwt}"></openbadges:credential>`);
    const unbaked = unbake(svg);
    expect(unbaked).toMatchObject({ version: "3.0", jwt, credential });
    await expect(verifyCredentialJwt(unbaked!.version === "3.0" ? unbaked!.jwt! : "", publicKey)).resolves.toMatchObject({ id: credential.id });
  });

  it("REC-1 a key that is not Ed25519, or not a key, is a French user error", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    expect(() => parseSigningKey(rsa, "cle.pem")).toThrow(/cle\.pem : clé de type rsa ; une clé privée Ed25519/);
    expect(() => parseSigningKey("n'importe quoi", "cle.pem")).toThrow(/clé illisible/);
  });
});
