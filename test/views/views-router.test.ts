import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { entityId } from '../../src/domain/ids.js';
import { devArticleGraphs } from './dev-graph.js';
import { startViewServer, type ViewServer } from './view-server.js';

const HALLORAN = entityId('PERSON', 'Victor Halloran');

describe('views router over HTTP', () => {
  let server: ViewServer;
  beforeAll(async () => {
    server = await startViewServer(devArticleGraphs(), {
      frameAncestors: ["'self'", 'https://dash.example'],
    });
  });
  afterAll(() => server.close());

  it('serves the network page with a strict CSP and configurable frame-ancestors', async () => {
    const res = await fetch(
      `${server.url}/embed/network?center=${HALLORAN}&depth=2&relations=accuses,praises&from=2026-03-01`,
    );
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'self' https://dash.example");
    const html = await res.text();
    expect(html).toContain(`center="${HALLORAN}"`);
    expect(html).toContain('relations="accuses,praises"');
    expect(html).not.toMatch(/<script>|<style>| style=/);
  });

  it('rejects bad parameters (an injected centre too) with a coded 400', async () => {
    const bad = await fetch(
      `${server.url}/embed/network?center=${encodeURIComponent('e_x"><script>')}`,
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('INVALID_ARGUMENT');
    for (const q of [
      `center=${HALLORAN}&depth=3`,
      `center=${HALLORAN}&relations=SHOUTS`,
      `center=${HALLORAN}&from=March`,
      '',
    ]) {
      expect((await fetch(`${server.url}/embed/network?${q}`)).status).toBe(400);
    }
    expect((await fetch(`${server.url}/embed/quote/e_notastatement`)).status).toBe(400);
  });

  it('is read-only', async () => {
    const res = await fetch(`${server.url}/embed/network?center=${HALLORAN}`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('serves the element bundle as one script with no external URL loads', async () => {
    const res = await fetch(`${server.url}/embed/assets/quotegraph.js`);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const js = await res.text();
    expect(js).toContain('quotegraph-network');
    expect(js).not.toMatch(
      /https?:\/\/(?!www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}\/[^"'\s]*\.(js|css|woff2?)/i,
    );
  });

  it('offers exports as downloads with the same filters as the CLI', async () => {
    const res = await fetch(`${server.url}/embed/export/graphml?relation=PRAISES`);
    expect(res.headers.get('content-disposition')).toContain('quotegraph.graphml');
    const g = parseGraphml(MultiDirectedGraph, await res.text());
    expect(g.size).toBeGreaterThan(0);
    g.forEachEdge((_e, a) => expect(a.relation).toBe('PRAISES'));
    const edges = await fetch(`${server.url}/embed/export/edges.csv`);
    expect((await edges.text()).split('\n')[0]).toBe(
      'Id,Source,Target,Type,Label,relation,Weight,confidence,verified,statementIds',
    );
    expect((await fetch(`${server.url}/embed/export/graphml?relation=SHOUTS`)).status).toBe(400);
    expect((await fetch(`${server.url}/embed/export/pdf`)).status).toBe(404);
  });
});
