import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityId } from '../../src/domain/ids.js';
import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { recordMerge, recordSplit } from '../../src/resolution/editorial-actions.js';
import { openResolver } from '../../src/resolution/open-resolver.js';
import { article, extractionOf } from './helpers.js';

const TEXTS = [
  'Spokeswoman Maria Zakharova said the talks had failed. Zakharova blamed Kyiv.',
  'Spokeswoman Masha Zakharova told reporters that Kyiv was stalling.',
];
const SPEAKERS = [['Maria Zakharova'], ['Masha Zakharova']];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotegraph-decisions-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Ingests the corpus through a resolver opened like an ingest does: store entities + alias file. */
async function ingestAll() {
  const store = await openEmbeddedStore({ dir });
  const resolver = await openResolver(store, dir);
  const graphs = TEXTS.map((t, i) => resolver.resolve(article(t), extractionOf(t, SPEAKERS[i])));
  await store.upsertArticles(graphs);
  return { store, graphs };
}

describe('editorial decisions with the real store', () => {
  it('a merge survives re-ingest of every article, and a split undoes it on the next ingest', async () => {
    const maria = entityId('PERSON', 'Maria Zakharova');
    const masha = entityId('PERSON', 'Masha Zakharova');
    let { store, graphs } = await ingestAll();
    expect(graphs[1]!.statements[0]!.speaker!.entityId).toBe(masha);

    await store.mergeEntities(maria, masha);
    await recordMerge(dir, {
      kind: 'PERSON',
      survivor: 'Maria Zakharova',
      merged: 'Masha Zakharova',
    });
    await store.close();

    ({ store, graphs } = await ingestAll());
    expect(graphs[1]!.statements[0]!.speaker!.entityId).toBe(maria);
    const [statement] = await store.getStatements([graphs[1]!.statements[0]!.id]);
    expect(statement!.speaker!.entityId).toBe(maria);
    const found = await store.findEntities({ name: 'Masha' }, { first: 10 });
    expect(found.items.map((i) => i.node.id)).toEqual([maria]);
    await store.close();

    // A full re-ingest into an empty store: only the alias file remembers the decision.
    await rm(join(dir, 'store.json'));
    ({ store, graphs } = await ingestAll());
    expect((await store.counts()).articles).toBe(2);
    expect(graphs[1]!.statements[0]!.speaker!.entityId).toBe(maria);
    await store.close();

    await recordSplit(dir, { kind: 'PERSON', a: 'Maria Zakharova', b: 'Masha Zakharova' });
    ({ store, graphs } = await ingestAll());
    expect(graphs[1]!.statements[0]!.speaker!.entityId).toBe(masha);
    await store.close();
  });
});
