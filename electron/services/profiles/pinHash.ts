// A profile's PIN is never stored, only a salted scrypt hash of it. The cost parameters are kept
// with each hash, so a later version can raise them without making older PINs unreadable.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface PinCost {
  N: number;
  r: number;
  p: number;
}

/** 16 MiB and a few tens of milliseconds per check on a classroom PC. */
export const DEFAULT_PIN_COST: PinCost = { N: 2 ** 14, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;

export interface PinHash extends PinCost {
  algorithm: 'scrypt';
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

function derive(pin: string, salt: Buffer, length: number, cost: PinCost): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, length, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPin(pin: string, cost: PinCost = DEFAULT_PIN_COST): Promise<PinHash> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(pin, salt, KEY_BYTES, cost);
  return { algorithm: 'scrypt', ...cost, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/** True when `pin` is the PIN that was hashed; compares in constant time. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), expected.length, stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
