// Ed25519 keys and signatures for pack archives (node:crypto). The administration keeps the
// private key; the policy file lists the public key as base64 (the raw 32 bytes, or SPKI DER),
// and a pack's `signature.ed25519` signs the exact bytes of its manifest.json.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/** The DER prefix that turns 32 raw Ed25519 public key bytes into an SPKI structure. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface PackKeyPair {
  /** PKCS#8 PEM, to keep secret. */
  privateKeyPem: string;
  /** Base64 of the raw 32-byte public key: what goes in the policy's packs.publicKeys. */
  publicKeyBase64: string;
}

export function generatePackKeyPair(): PackKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKeyBase64: rawPublicKey(publicKey).toString('base64') };
}

function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32);
}

/** Reads a policy's public key (raw or SPKI, base64); undefined when it is not an Ed25519 key. */
export function parsePublicKey(base64: string): KeyObject | undefined {
  const bytes = Buffer.from(base64.trim(), 'base64');
  try {
    const der = bytes.length === 32 ? Buffer.concat([SPKI_ED25519_PREFIX, bytes]) : bytes;
    const key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

export function signManifest(manifestBytes: Buffer, privateKeyPem: string): Buffer {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the key is not an Ed25519 private key (make one with "npm run pack -- keygen")');
  return sign(null, manifestBytes, key);
}

/** True when `signature` is a valid signature of `manifestBytes` by one of the public keys. */
export function signedByOneOf(manifestBytes: Buffer, signature: Buffer, publicKeys: readonly string[]): boolean {
  if (signature.length !== 64) return false;
  return publicKeys.some((k) => {
    const key = parsePublicKey(k);
    return key !== undefined && verify(null, manifestBytes, key, signature);
  });
}
