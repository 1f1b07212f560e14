/** Signing an OB 3.0 credential as a VC-JWT (EdDSA, Ed25519), and checking such a signature. */
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import { SignJWT, jwtVerify, type JWK } from "jose";
import { ExitCode, UserError } from "../../common/errors.js";
import type { Credential } from "./ob3.js";

/** A private signing key and the public key that goes with it. */
export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicJwk: JWK;
}

/** Reads an Ed25519 private key in PEM (PKCS#8). `source` names it in messages. */
export function parseSigningKey(pem: string, source = "clé de signature"): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw new UserError(
      `${source} : clé illisible ; une clé privée Ed25519 au format PEM est attendue (openssl genpkey -algorithm ed25519 -out cle.pem).`,
      ExitCode.usage,
    );
  }
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new UserError(
      `${source} : clé de type ${privateKey.asymmetricKeyType ?? "inconnu"} ; une clé privée Ed25519 est attendue (openssl genpkey -algorithm ed25519 -out cle.pem).`,
      ExitCode.usage,
    );
  }
  const publicJwk = createPublicKey(privateKey).export({ format: "jwk" }) as JWK;
  return { privateKey, publicJwk };
}

/** `parseSigningKey` on a file (`--sign-key FILE`). */
export async function loadSigningKey(file: string): Promise<SigningKey> {
  let pem: string;
  try {
    pem = await readFile(file, "utf8");
  } catch {
    throw new UserError(`${file} : clé de signature introuvable ou illisible.`, ExitCode.usage);
  }
  return parseSigningKey(pem, file);
}

/**
 * The credential as a VC-JWT (OB 3.0, JWT proof): the payload is the credential itself, with the
 * registered claims `iss` (issuer id), `jti` (credential id), `nbf` (validFrom) and `sub` (subject
 * id, when there is one); the header carries `alg: EdDSA`, `typ: JWT` and the public key (`jwk`).
 */
export async function signCredential(credential: Credential, key: SigningKey | string, options: { kid?: string } = {}): Promise<string> {
  const signing = typeof key === "string" ? parseSigningKey(key) : key;
  const issuer = credential.issuer as string | { id: string };
  const subject = credential.credentialSubject as { id?: string } | undefined;
  const validFrom = Date.parse(String(credential.validFrom));
  const jwt = new SignJWT({ ...credential })
    .setProtectedHeader({ alg: "EdDSA", typ: "JWT", ...(options.kid ? { kid: options.kid } : { jwk: signing.publicJwk }) })
    .setIssuer(typeof issuer === "string" ? issuer : issuer.id)
    .setJti(credential.id);
  if (!Number.isNaN(validFrom)) jwt.setNotBefore(Math.floor(validFrom / 1000));
  if (subject?.id) jwt.setSubject(subject.id);
  return jwt.sign(signing.privateKey);
}

/** Checks a VC-JWT's signature with the issuer's public key (PEM, JWK or KeyObject); returns the credential. */
export async function verifyCredentialJwt(jwt: string, publicKey: KeyObject | string | JWK): Promise<Record<string, unknown>> {
  const key = typeof publicKey === "string" ? createPublicKey(publicKey) : "kty" in publicKey ? createPublicKey({ key: publicKey as JWK & { kty: string }, format: "jwk" }) : publicKey;
  const { payload } = await jwtVerify(jwt, key, { algorithms: ["EdDSA"] });
  return payload as Record<string, unknown>;
}
