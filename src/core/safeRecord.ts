import { z } from 'zod';

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'];

/** True when an object has none of the keys used for prototype pollution as its own keys. */
export function hasNoPollutingKeys(value: unknown): boolean {
  return !(value && typeof value === 'object' && POLLUTING_KEYS.some((k) => Object.hasOwn(value, k)));
}

/**
 * A record schema that refuses "__proto__", "constructor" and "prototype" keys with a clear
 * message. JSON.parse makes "__proto__" an own key, and z.record would silently drop it.
 */
export function safeRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V) {
  return z
    .unknown()
    .refine(hasNoPollutingKeys, { message: 'must not contain a "__proto__", "constructor" or "prototype" key' })
    .pipe(z.record(key, value));
}
