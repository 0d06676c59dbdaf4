import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let child: ChildProcess;
let dir: string;
let url: string;
let banner = '';

interface StatementNode {
  id: string;
  relation: string;
  quote: { text: string; start: number; end: number };
  speaker: { id: string; name: string };
  article: { id: string; text: string };
}

/** The whole path a user takes: `quotegraph serve --ingest` then a GraphQL query over HTTP. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotegraph-serve-'));
  child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'serve',
      '--port',
      '0',
      '--store',
      dir,
      '--ingest',
      'data/dev/corpus',
    ],
    { cwd: root, env: { ...process.env, NODE_OPTIONS: '', NEO4J_URI: '' } },
  );
  url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      banner += d.toString();
      const match = /GraphQL at (http:\/\/[^\s]+)\/graphql/.exec(banner);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${banner}`)));
  });
}, 60000);

afterAll(async () => {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('quotegraph serve', () => {
  it('says where it serves and how much it loaded', () => {
    expect(banner).toMatch(/ingested 12 articles \(12 new or changed/);
    expect(banner).toMatch(/serving 12 articles, \d+ quotations, \d+ entities/);
  });

  it('answers a statements query over HTTP with a statement from an ingested article', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ statements(first: 50) { totalCount edges { node { id relation quote { text start end }
          speaker { id name } article { id text } } } } }`,
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { statements: { totalCount: number; edges: { node: StatementNode }[] } };
    };
    const nodes = body.data.statements.edges.map((e) => e.node);
    expect(body.data.statements.totalCount).toBeGreaterThan(10);
    const nurse = nodes.find((n) => n.quote.text.startsWith('We didn’t want to be here'));
    if (!nurse) throw new Error('the nurses-strike quotation is missing');
    expect(nurse.article.text.slice(nurse.quote.start, nurse.quote.end)).toBe(nurse.quote.text);
    expect(nurse.speaker.name).toMatch(/Kowalczyk/);
    const entity = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($id: ID!) { entity(id: $id) { id name } }',
        variables: { id: nurse.speaker.id },
      }),
    });
    expect(((await entity.json()) as { data: { entity: unknown } }).data.entity).toEqual(
      nurse.speaker,
    );
  });
});
