import { createHash, timingSafeEqual } from 'node:crypto';
import { apiError } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

export type Principal = { kind: 'anonymous' } | { kind: 'key' } | { kind: 'invalid' };

/** Checks `Bearer <key>` against the configured keys in constant time. */
export const makeAuthenticator = (apiKeys: readonly string[]) => {
  const digests = apiKeys.filter((k) => k.length > 0).map(digest);
  return (authorization: string | undefined): Principal => {
    if (!authorization) return { kind: 'anonymous' };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) return { kind: 'invalid' };
    const given = digest(match[1]);
    return digests.some((d) => timingSafeEqual(d, given)) ? { kind: 'key' } : { kind: 'invalid' };
  };
};

export const requireKey = (principal: Principal, what: string): void => {
  if (principal.kind === 'key') return;
  if (principal.kind === 'anonymous') {
    throw apiError('UNAUTHENTICATED', `${what} needs an API key: send Authorization: Bearer <key>`);
  }
  throw apiError('FORBIDDEN', `The API key is not valid for ${what}`);
};
