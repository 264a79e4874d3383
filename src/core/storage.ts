type Area = 'session' | 'local';

/**
 * Web Storage throws in some private modes, when blocked by the visitor, or when full. A widget
 * must behave as if nothing was remembered rather than break.
 */
function area(kind: Area): Storage | undefined {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readStored<T>(kind: Area, key: string): T | undefined {
  try {
    const raw = area(kind)?.getItem(key);
    if (raw == null) return undefined;
    const entry = JSON.parse(raw) as { value: T; expires?: number };
    if (entry.expires !== undefined && entry.expires <= Date.now()) {
      area(kind)?.removeItem(key);
      return undefined;
    }
    return entry.value;
  } catch {
    return undefined;
  }
}

export function writeStored<T>(kind: Area, key: string, value: T, expires?: number): boolean {
  try {
    area(kind)?.setItem(key, JSON.stringify({ value, expires }));
    return true;
  } catch {
    return false;
  }
}

/** Every key we write starts with this, so `?coalition-reset` can forget exactly our entries. */
export const STORAGE_PREFIX = 'coalition-embed:';

export function forgetAll(): void {
  for (const kind of ['session', 'local'] as const) {
    try {
      const store = area(kind);
      if (!store) continue;
      for (let i = store.length - 1; i >= 0; i--) {
        const key = store.key(i);
        if (key?.startsWith(STORAGE_PREFIX)) store.removeItem(key);
      }
    } catch {
      /* see area() */
    }
  }
}

/** Our keys under a prefix that hold a value not yet expired, in either storage area. */
export function storedKeys(prefix: string): Set<string> {
  const keys = new Set<string>();
  for (const kind of ['session', 'local'] as const) {
    try {
      const store = area(kind);
      for (let i = 0; store && i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(prefix) && readStored(kind, key) !== undefined) keys.add(key);
      }
    } catch {
      /* see area() */
    }
  }
  return keys;
}
