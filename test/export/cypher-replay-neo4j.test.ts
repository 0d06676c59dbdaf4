import { afterAll, beforeAll, expect, it } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { exportGraph } from '../../src/graph/export/export-graph.js';
import type { Neo4jStore } from '../../src/graph/neo4j/index.js';
import type { GraphStore } from '../../src/graph/port.js';
import { describeNeo4j, neo4jTestUri, openCleanStore } from '../neo4j/test-env.js';
import { devArticleGraphs } from '../views/dev-graph.js';

/** Runs a cypher-shell script the way cypher-shell does: `:param` binds, `;` ends a statement. */
async function replay(driver: Driver, script: string): Promise<number> {
  const session = driver.session({ database: process.env.NEO4J_DATABASE || undefined });
  let params: Record<string, unknown> = {};
  let pending: string[] = [];
  let ran = 0;
  try {
    for (const line of script.split('\n')) {
      if (line.startsWith('//') || line.trim() === '') continue;
      const param = /^:param (\w+) => (.*)$/.exec(line);
      if (param) {
        const result = await session.run(`RETURN ${param[2]} AS value`);
        params = { [param[1]!]: result.records[0]!.get('value') };
        continue;
      }
      pending.push(line);
      if (line.trimEnd().endsWith(';')) {
        await session.run(pending.join('\n').replace(/;\s*$/, ''), params);
        pending = [];
        ran += 1;
      }
    }
  } finally {
    await session.close();
  }
  return ran;
}

describeNeo4j('cypher export replayed into Neo4j', () => {
  let embedded: GraphStore;
  let neo: Neo4jStore;
  let driver: Driver;

  beforeAll(async () => {
    embedded = await openEmbeddedStore({ dir: '/nonexistent', persist: false });
    await embedded.upsertArticles(devArticleGraphs());
    neo = await openCleanStore();
    const user = process.env.NEO4J_USER;
    const password = process.env.NEO4J_PASSWORD;
    driver = neo4j.driver(
      neo4jTestUri()!,
      user && password ? neo4j.auth.basic(user, password) : undefined,
    );
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
    await neo?.wipe();
    await neo?.close();
    await embedded?.close();
  });

  it('rebuilds a graph the Neo4j adapter serves like the source store', async () => {
    const [file] = await exportGraph(embedded, 'cypher');
    expect(await replay(driver, file!.body)).toBeGreaterThan(7);
    expect(await neo.counts()).toEqual(await embedded.counts());
    const { items } = await embedded.findEntities({}, { first: 1000 });
    for (const { node } of items.slice(0, 10)) {
      const [a, b] = await Promise.all(
        [embedded, neo].map((s) => s.network({ center: node.id, depth: 1 })),
      );
      const key = (n: typeof a) =>
        n!.edges.map((e) => `${e.source}>${e.relation}>${e.target}:${e.count}`).sort();
      expect(key(b)).toEqual(key(a));
    }
    const speaker = items[0]!.node.id;
    const ids = async (s: GraphStore) =>
      (await s.findStatements({ speaker }, { first: 100 })).items.map((i) => i.node.id).sort();
    expect(await ids(neo)).toEqual(await ids(embedded));
  }, 120_000);
});
