// A PIN is kept only as a salted scrypt hash, checked in constant time; wrong PINs in a row pause
// the profile.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIN_COST, hashPin, verifyPin } from '../../../electron/services/profiles/pinHash';
import { createPinAttempts, FREE_WRONG_PINS, PIN_PAUSE_MS } from '../../../electron/services/profiles/pinAttempts';
import { pinHashSchema } from '../../../electron/services/profiles/profilesFile';

/** Cheap parameters for tests that hash many times; the default cost is tested once below. */
const CHEAP = { N: 1024, r: 8, p: 1 };

describe('hashPin / verifyPin', () => {
  it('stores a salted hash with its parameters, never the PIN', async () => {
    const h = await hashPin('90817263');
    expect(h).toMatchObject({ algorithm: 'scrypt', ...DEFAULT_PIN_COST });
    expect(Buffer.from(h.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(h.hash, 'base64')).toHaveLength(32);
    expect(JSON.stringify(h)).not.toContain('90817263');
    expect(pinHashSchema.parse(h)).toEqual(h);
    expect(await verifyPin('90817263', h)).toBe(true);
  });

  it('refuses a wrong PIN, including one that differs by a digit or a length', async () => {
    const h = await hashPin('2468', CHEAP);
    for (const wrong of ['2469', '1357', '24680', '246', '02468', '']) expect(await verifyPin(wrong, h), wrong).toBe(false);
    expect(await verifyPin('2468', h)).toBe(true);
  });

  it('uses a new random salt each time: the same PIN gives different hashes', async () => {
    const [a, b] = await Promise.all([hashPin('2468', CHEAP), hashPin('2468', CHEAP)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPin('2468', a)).toBe(true);
    expect(await verifyPin('2468', b)).toBe(true);
  });

  it('checks with the parameters stored with the hash, so older hashes stay readable', async () => {
    const old = await hashPin('2468', { N: 2048, r: 4, p: 1 });
    expect(await verifyPin('2468', old)).toBe(true);
    expect(await verifyPin('2468', { ...old, N: 4096 })).toBe(false);
  });

  it('a hash that was tampered with never matches', async () => {
    const h = await hashPin('2468', CHEAP);
    const bytes = Buffer.from(h.hash, 'base64');
    bytes[0] = bytes[0]! ^ 1;
    expect(await verifyPin('2468', { ...h, hash: bytes.toString('base64') })).toBe(false);
    // A shorter stored hash is compared at its own length, and still does not match another PIN.
    expect(await verifyPin('1111', { ...h, hash: bytes.subarray(0, 16).toString('base64') })).toBe(false);
  });
});

describe('wrong PINs in a row', () => {
  it(`allow ${FREE_WRONG_PINS} tries, then pause the profile for ${PIN_PAUSE_MS / 1000} s; a right PIN resets the count`, () => {
    let clock = 1_000;
    const a = createPinAttempts(() => clock);
    expect(a.pauseLeft('p-aaaa')).toBe(0);
    expect([1, 2, 3, 4].map(() => a.failed('p-aaaa'))).toEqual([4, 3, 2, 1]);
    expect(a.pauseLeft('p-aaaa')).toBe(0);
    expect(a.failed('p-aaaa')).toBe(0);
    expect(a.pauseLeft('p-aaaa')).toBe(PIN_PAUSE_MS);
    // Another profile is not paused.
    expect(a.pauseLeft('p-bbbb')).toBe(0);
    clock += PIN_PAUSE_MS - 1;
    expect(a.pauseLeft('p-aaaa')).toBe(1);
    clock += 1;
    expect(a.pauseLeft('p-aaaa')).toBe(0);
    // After the pause, one more wrong PIN starts a new one at once.
    a.failed('p-aaaa');
    expect(a.pauseLeft('p-aaaa')).toBe(PIN_PAUSE_MS);
    a.succeeded('p-aaaa');
    expect(a.pauseLeft('p-aaaa')).toBe(0);
    expect(a.failed('p-aaaa')).toBe(4);
  });
});
