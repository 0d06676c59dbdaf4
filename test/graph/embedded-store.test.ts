import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { articleGraph, entity } from './fixtures.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'quotegraph-embedded-'));
const marchetti = entity('Eleanor Marchetti');

describe('embedded store on disk', () => {
  it('persists across a restart, corrections and merges included', async () => {
    const dir = await tempDir();
    const first = await openEmbeddedStore({ dir });
    const duplicate = entity('E. Marchetti');
    await first.upsertArticles([
      articleGraph('a_1', [{ speaker: marchetti, quote: 'We came ready to sign' }], {
        publishedAt: '2026-03-14',
      }),
      articleGraph('a_2', [{ speaker: duplicate, quote: 'Not at any price' }]),
    ]);
    const id = (await first.findStatements({}, { first: 1 })).items[0]!.node.id;
    await first.correctStatement({ statementId: id, verified: true });
    await first.mergeEntities(marchetti.id, duplicate.id);
    await first.close();

    const second = await openEmbeddedStore({ dir });
    expect(await second.counts()).toEqual({ articles: 2, statements: 2, entities: 1 });
    expect((await second.getStatements([id]))[0]?.verified).toBe(true);
    const made = await second.findStatements({ speaker: marchetti.id }, { first: 5 });
    expect(made.totalCount).toBe(2);
    const again = await second.upsertArticle(
      articleGraph('a_2', [{ speaker: duplicate, quote: 'Not at any price' }]),
    );
    expect(again.changed).toBe(false);
    await second.close();
    await rm(dir, { recursive: true });
  });

  it('writes nothing to disk for a no-op re-ingest', async () => {
    const dir = await tempDir();
    const store = await openEmbeddedStore({ dir });
    const graph = articleGraph('a_1', [{ speaker: marchetti, quote: 'Ready' }]);
    await store.upsertArticle(graph);
    const mtime = (await import('node:fs')).statSync(join(dir, 'store.json')).mtimeMs;
    await store.upsertArticle(graph);
    expect((await import('node:fs')).statSync(join(dir, 'store.json')).mtimeMs).toBe(mtime);
    await rm(dir, { recursive: true });
  });

  it('refuses a corrupt store file with STORE_CORRUPT and leaves it untouched', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'store.json'),
      '{"format":"quotegraph-embedded","version":1,"articles":[',
    );
    await expect(openEmbeddedStore({ dir })).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    expect(await readFile(join(dir, 'store.json'), 'utf8')).toContain('"articles":[');
    await rm(dir, { recursive: true });
  });

  it('survives being killed mid-write: the file is always a whole snapshot', async () => {
    const dir = await tempDir();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/fixtures/store-writer.ts', dir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const store = await openEmbeddedStore({ dir });
    const counts = await store.counts();
    expect(counts.articles).toBeGreaterThan(0);
    expect(counts.statements).toBe(counts.articles);
    const names = await readdir(dir);
    expect(names).toContain('store.json');
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await rm(dir, { recursive: true });
  });
});

describe('embedded store writer lock', () => {
  it('refuses a second writer with CONFLICT, allows read-only, and frees the lock on close', async () => {
    const dir = await tempDir();
    const first = await openEmbeddedStore({ dir });
    await first.upsertArticle(articleGraph('a_1', [{ speaker: marchetti, quote: 'Ready' }]));
    await expect(openEmbeddedStore({ dir })).rejects.toMatchObject({ code: 'CONFLICT' });
    const reader = await openEmbeddedStore({ dir, readOnly: true });
    expect((await reader.counts()).articles).toBe(1);
    await expect(reader.upsertArticle(articleGraph('a_2', []))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await first.close();
    const second = await openEmbeddedStore({ dir });
    expect((await second.counts()).articles).toBe(1);
    await second.close();
    await rm(dir, { recursive: true });
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'store.lock'), '999999999\n');
    const store = await openEmbeddedStore({ dir });
    await store.close();
    await rm(dir, { recursive: true });
  });
});
