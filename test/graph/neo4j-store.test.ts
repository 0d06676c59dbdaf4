import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import type { ArticleGraph } from '../../src/domain/model.js';
import { openNeo4jStore, type Neo4jStore } from '../../src/graph/neo4j/index.js';
import { goldArticleGraphs } from '../neo4j/gold-corpus.js';
import { describeNeo4j, openCleanStore } from '../neo4j/test-env.js';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('Neo4j adapter without a server', () => {
  it('reports STORE_UNAVAILABLE when nothing listens', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    await expect(openNeo4jStore({ uri })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      name: 'StoreUnavailableError',
    });
  });

  it('rejects an address that is not Neo4j and a bad batch size with INVALID_ARGUMENT', async () => {
    await expect(openNeo4jStore({ uri: 'http://localhost:7474' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(openNeo4jStore({ uri: 'bolt://x:1', batchSize: 0 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});

const statementsWith = (graphs: ArticleGraph[], both: boolean) =>
  graphs
    .flatMap((g) => g.statements)
    .filter((s) =>
      both ? s.speaker && s.target && s.speaker.entityId !== s.target.entityId : true,
    ).length;

describeNeo4j('Neo4j adapter on a real server', () => {
  let store: Neo4jStore;
  const gold = goldArticleGraphs();

  beforeEach(async () => {
    store = await openCleanStore({ batchSize: 50 });
  });
  afterEach(async () => {
    await store.close();
  });

  it('creates its schema idempotently', async () => {
    const first = await store.schemaObjects();
    await store.ensureSchema();
    await store.ensureSchema();
    const again = await store.schemaObjects();
    expect(again).toEqual(first);
    expect(first.constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(['article_id', 'quote_id', 'quote_statement_id', 'entity_id']),
    );
    const fulltext = first.indexes.filter((i) => i.type === 'FULLTEXT');
    expect(fulltext.map((i) => [i.name, i.state])).toEqual([
      ['entity_names', 'ONLINE'],
      ['quote_text', 'ONLINE'],
    ]);
    expect(first.indexes.filter((i) => i.type === 'RANGE').map((i) => i.name)).toEqual(
      expect.arrayContaining(['article_published_at', 'quote_relation', 'entity_kind']),
    );
  });

  it('stores the documented graph shape: SAID, ABOUT, IN, MENTIONS and one typed edge per statement', async () => {
    await store.upsertArticles(gold);
    const byType = await store.relationshipCounts();
    const all = gold.flatMap((g) => g.statements);
    expect(byType.IN).toBe(all.length);
    expect(byType.SAID).toBe(all.filter((s) => s.speaker).length);
    expect(byType.ABOUT).toBe(all.filter((s) => s.target).length);
    const typed = Object.entries(byType)
      .filter(([type]) => !['IN', 'SAID', 'ABOUT', 'MENTIONS'].includes(type))
      .reduce((n, [, count]) => n + count, 0);
    const selfStatements = all.filter(
      (s) => s.speaker && s.target && s.speaker.entityId === s.target.entityId,
    ).length;
    expect(typed).toBe(statementsWith(gold, true) + selfStatements);
    expect(byType.ACCUSES).toBeGreaterThan(0);
  });

  it('makes re-ingest a no-op: same node and relationship counts', async () => {
    const first = await store.upsertArticles(gold);
    expect(first.every((r) => r.changed)).toBe(true);
    const before = await store.rawCounts();
    const again = await store.upsertArticles(gold);
    expect(again.some((r) => r.changed)).toBe(false);
    expect(await store.rawCounts()).toEqual(before);
    expect((await store.counts()).statements).toBe(statementsWith(gold, false));
  });

  it('gives the same graph whatever the batch size', async () => {
    await store.upsertArticles(gold);
    const counts = await store.rawCounts();
    const types = await store.relationshipCounts();
    await store.close();
    store = await openCleanStore({ batchSize: 1 });
    await store.upsertArticles(gold);
    expect(await store.rawCounts()).toEqual(counts);
    expect(await store.relationshipCounts()).toEqual(types);
  });

  it('searches the full-text indexes: names fuzzily, quotes by every word', async () => {
    await store.upsertArticles(gold);
    const [someone] = gold[0]!.entities.filter((e) => e.kind === 'PERSON');
    const surname = someone!.name.split(' ').at(-1)!;
    const typo = `${surname.slice(0, -1)}${surname.at(-1) === 'x' ? 'y' : 'x'}`;
    for (const query of [surname, typo]) {
      const hits = await store.search(query, { kinds: ['ENTITY'] }, { first: 3 });
      expect(hits.items.map((h) => h.node.kind === 'entity' && h.node.entity.id)).toContain(
        someone!.id,
      );
    }
    const quote = gold[0]!.statements.find((s) => s.quote.text.split(' ').length > 6)!;
    const words = quote.quote.text.replace(/["“”]/g, '').split(' ').slice(1, 4).join(' ');
    const found = await store.search(words, { kinds: ['STATEMENT'] }, { first: 20 });
    expect(found.items.map((h) => h.node.kind === 'statement' && h.node.statement.id)).toContain(
      quote.id,
    );
    expect(found.items.every((h) => h.node.kind === 'statement')).toBe(true);
  });
});
