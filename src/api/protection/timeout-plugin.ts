import type { ApolloServerPlugin } from '@apollo/server';
import { apiError } from '../errors.js';

/**
 * graphql-js cannot abort a running execution, so once the deadline passes every further field
 * fails fast with TIMEOUT instead of starting more store calls.
 */
export const timeoutPlugin = (timeoutMs: number): ApolloServerPlugin => ({
  async requestDidStart() {
    const deadline = Date.now() + timeoutMs;
    return {
      async executionDidStart() {
        return {
          willResolveField() {
            if (Date.now() > deadline) {
              throw apiError('TIMEOUT', `Query exceeded the time limit of ${timeoutMs} ms`, {
                limit: timeoutMs,
              });
            }
          },
        };
      },
    };
  },
});
