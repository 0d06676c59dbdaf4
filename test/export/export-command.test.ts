import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Command } from 'commander';
import { registerExportCommand } from '../../src/cli/export-command.js';
import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { articleGraph, entity } from '../graph/fixtures.js';

describe('quotegraph export command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qg-export-cli-'));
    const store = await openEmbeddedStore({ dir: join(dir, 'store') });
    const a = entity('Lorraine Voss');
    const b = entity('Dwayne Okafor');
    await store.upsertArticle(
      articleGraph('a_1', [
        { speaker: a, target: b, relation: 'ACCUSES', quote: 'He misled us' },
        { speaker: b, target: a, relation: 'DENIES', quote: 'I never did' },
      ]),
    );
    await store.close();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    let closed = 0;
    const program = new Command().exitOverride();
    registerExportCommand(program, {
      openStore: async () => {
        const store = await openEmbeddedStore({ dir: join(dir, 'store') });
        const close = store.close.bind(store);
        store.close = async () => {
          closed += 1;
          await close();
        };
        return store;
      },
    });
    await program.parseAsync(['node', 'quotegraph', 'export', ...args]);
    return closed;
  };

  it('writes nodes.csv and edges.csv into --out and closes the store', async () => {
    const out = join(dir, 'csv');
    expect(await run('--format', 'csv', '--out', out)).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect((await readFile(join(out, 'edges.csv'), 'utf8')).trim().split('\n')).toHaveLength(3);
  });

  it('applies --filter to a single-file format', async () => {
    const out = join(dir, 'filtered.jsonl');
    await run('--format', 'jsonl', '--filter', 'relation=DENIES', '--out', out);
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).relation)).toEqual(['DENIES']);
  });

  it('rejects a bad filter before touching the store', async () => {
    await expect(run('--format', 'gexf', '--filter', 'relation=SHOUTS')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
