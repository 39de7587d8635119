/**
 * Maps written as plain JSON objects are keyed by names people choose (agency and action ids,
 * question names, fact names, settings). A lookup must find only what the file wrote: `agencies
 * ["constructor"]` on a plain object is Object.prototype's function, and writing `"__proto__"`
 * replaces the object's prototype. These two read and write own fields only.
 */

/** The value the object itself holds under `key`; never one inherited from Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `key` as the object's own field, `__proto__` included (a plain assignment would change its prototype). */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
