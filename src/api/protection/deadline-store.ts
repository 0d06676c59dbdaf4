import type { GraphStore } from '../../graph/port.js';
import { apiError } from '../errors.js';

/**
 * graphql-js cannot abort a running execution, so each request sees the store through this
 * wrapper: once the deadline passes, every further store call fails fast with TIMEOUT instead of
 * starting more work. (Checking per store call, not per field, keeps the hot path free of hooks.)
 */
export const withDeadline = (store: GraphStore, timeoutMs: number): GraphStore => {
  const deadline = Date.now() + timeoutMs;
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || prop === 'close') return value;
      return (...args: unknown[]) => {
        // Port methods are async: reject rather than throw, as callers (DataLoader) expect.
        if (Date.now() > deadline) {
          return Promise.reject(
            apiError('TIMEOUT', `Query exceeded the time limit of ${timeoutMs} ms`, {
              limit: timeoutMs,
            }),
          );
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
};
