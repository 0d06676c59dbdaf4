import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Express } from 'express';
import { startTestServer, type TestServer } from './harness.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({
    corsOrigins: ['https://dashboard.example'],
    mount: (app: Express) => {
      app.get('/embed/ping', (_req, res) => {
        res.send('embed');
      });
    },
  });
});
afterAll(async () => {
  await t.close();
});

describe('serving', () => {
  it('answers health and readiness with the store counts', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = (await (await fetch(`${t.url}/readyz`)).json()) as { counts: unknown };
    expect(ready.counts).toEqual(await t.store.counts());
  });

  it('reports not ready when the store fails', async () => {
    const down = await startTestServer(
      {},
      (store) =>
        new Proxy(store, {
          get: (target, prop, receiver) =>
            prop === 'counts'
              ? async () => {
                  throw new Error('connection refused');
                }
              : Reflect.get(target, prop, receiver),
        }),
    );
    try {
      const res = await fetch(`${down.url}/readyz`);
      expect(res.status).toBe(503);
    } finally {
      await down.close();
    }
  });

  it('serves the playground from local assets with saved example queries', async () => {
    const res = await fetch(`${t.url}/playground`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('defaultTabs');
    expect(html).toContain('query WhoAccusedWhom');
    expect(html).toContain('query Network');
    expect(html).toMatch(/center\\": \\"e_[\w-]{8,}/);
    const external = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((u) => !u.startsWith('/'));
    expect(external).toEqual([]);
    for (const asset of [
      'yoga-graphiql.umd.js',
      'graphiql.css',
      'monacoeditorwork/graphql.worker..bundle.js',
    ]) {
      const a = await fetch(`${t.url}/playground/assets/${asset}`);
      expect(a.status).toBe(200);
    }
  });

  it('does not serve Apollo’s CDN landing page at /graphql', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/cdn\.apollographql|embeddable-sandbox/);
  });

  it('tags every response with a request id, keeping a sane incoming one', async () => {
    const own = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(own.headers.get('x-request-id')).toBe('abc-123');
    const fresh = await fetch(`${t.url}/healthz`, {
      headers: { 'x-request-id': 'bad id\twith spaces' },
    });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows only configured CORS origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect(
      (await preflight('https://dashboard.example')).headers.get('access-control-allow-origin'),
    ).toBe('https://dashboard.example');
    expect(
      (await preflight('https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('mounts extra routes such as the embeddable views', async () => {
    expect(await (await fetch(`${t.url}/embed/ping`)).text()).toBe('embed');
  });
});
