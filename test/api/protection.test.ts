import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestServer, type TestServer } from './harness.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ limits: { maxBodyBytes: 20_000, executionTimeoutMs: 10_000 } });
});
afterAll(async () => {
  await t.close();
});

const post = (
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) => fetch(`${t.url}/graphql`, { method: 'POST', headers, body });

const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.code;

describe('hostile queries are rejected with a code and a clear message', () => {
  it('too deep', async () => {
    let inner = 'id';
    for (let i = 0; i < 6; i++)
      inner = `statementsMade(first: 1) { edges { node { speaker { ${inner} } } } }`;
    const r = await t.gql(`query Deep($id: ID!) { entity(id: $id) { ${inner} } }`, { id: 'e_x' });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('QUERY_TOO_DEEP');
    expect(r.errors![0]!.message).toMatch(/depth limit of 10/i);
  });

  it('too many aliases', async () => {
    const fields = Array.from(
      { length: 30 },
      (_, i) => `a${i}: statement(id: "s_${i}") { id }`,
    ).join(' ');
    const r = await t.gql(`{ ${fields} }`);
    expect(codeOf(r)).toBe('TOO_MANY_ALIASES');
    expect(r.errors![0]!.message).toMatch(/aliases limit of 15/i);
  });

  it('too costly (nested fan-out)', async () => {
    const r = await t.gql(
      `{ entities(first: 100) { edges { node { statementsMade(first: 100) { edges { node { quote { text } article { quotes { text } } } } } } } } }`,
    );
    expect(codeOf(r)).toBe('QUERY_TOO_COSTLY');
    expect(r.errors![0]!.message).toMatch(/cost limit of 20000/i);
  });

  it('page size over the limit, as a literal or a variable', async () => {
    const r = await t.gql(`{ statements(first: 5000) { totalCount } }`);
    expect(codeOf(r)).toBe('PAGE_SIZE_EXCEEDED');
    expect(r.errors![0]!.message).toMatch(/between 0 and 100/);
    const v = await t.gql(`query P($n: Int) { entities(first: $n) { totalCount } }`, { n: 101 });
    expect(codeOf(v)).toBe('PAGE_SIZE_EXCEEDED');
  });

  it('a body over the size limit gets 413', async () => {
    const res = await post(
      JSON.stringify({ query: `{ search(query: "${'x'.repeat(30_000)}") { totalCount } }` }),
    );
    expect(res.status).toBe(413);
    expect(codeOf((await res.json()) as never)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('batched requests are refused', async () => {
    const res = await post(
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    );
    expect(res.status).toBe(400);
    expect(codeOf((await res.json()) as never)).toBe('BATCH_NOT_ALLOWED');
  });

  it('malformed JSON gets 400 with a code', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(codeOf((await res.json()) as never)).toBe('BAD_REQUEST');
  });

  it('CSRF: a simple cross-site request (GET or text/plain POST) is blocked', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const plain = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'text/plain',
    });
    expect(plain.status).toBe(400);
    const ok = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(ok.status).toBe(200);
  });

  it('an invalid network depth is a user error', async () => {
    const r = await t.gql(`{ network(center: "e_x", depth: 3) { nodes { id } } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });
});

describe('execution deadline', () => {
  it('stops resolving once the time limit passes', async () => {
    const slow = await startTestServer(
      { limits: { executionTimeoutMs: 30 } },
      (store) =>
        new Proxy(store, {
          get(target, prop, receiver) {
            const value = Reflect.get(target, prop, receiver);
            if (prop !== 'findStatements' || typeof value !== 'function') return value;
            return async (...args: unknown[]) => {
              await new Promise((r) => setTimeout(r, 60));
              return value.apply(target, args);
            };
          },
        }),
    );
    try {
      const r = await slow.gql(
        `{ statements(first: 2) { edges { node { id speaker { name } } } } }`,
      );
      expect(codeOf(r)).toBe('TIMEOUT');
      expect(r.errors![0]!.message).toMatch(/time limit of 30 ms/);
    } finally {
      await slow.close();
    }
  });
});

describe('production mode', () => {
  it('hides stack traces and internal error details', async () => {
    const broken = await startTestServer(
      { production: true },
      (store) =>
        new Proxy(store, {
          get(target, prop, receiver) {
            if (prop === 'getArticles')
              return async () => {
                throw new TypeError('secret internal detail at /srv/x.js');
              };
            return Reflect.get(target, prop, receiver);
          },
        }),
    );
    try {
      const r = await broken.gql(
        `{ statements(first: 1) { edges { node { id article { title } } } } }`,
      );
      expect(codeOf(r)).toBe('INTERNAL_SERVER_ERROR');
      const body = JSON.stringify(r);
      expect(body).not.toMatch(/secret internal detail|stacktrace|\.js:/);
      const prod = await broken.gql(`{ statements(after: "bad") { totalCount } }`);
      expect(codeOf(prod)).toBe('INVALID_ARGUMENT');
      expect(JSON.stringify(prod)).not.toMatch(/stacktrace/);
    } finally {
      await broken.close();
    }
  });
});

describe('keyed reads', () => {
  it('refuses reads without a key when configured', async () => {
    const keyed = await startTestServer({ readsRequireKey: true });
    try {
      const r = await keyed.gql(`{ statements(first: 1) { totalCount } }`);
      expect(r.status).toBe(401);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      const ok = await keyed.gql(
        `{ statements(first: 1) { totalCount } }`,
        {},
        { authorization: 'Bearer test-key-7f3a' },
      );
      expect(ok.errors).toBeUndefined();
    } finally {
      await keyed.close();
    }
  });
});
