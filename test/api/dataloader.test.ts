import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countingStore, startTestServer, type TestServer } from './harness.js';

const calls = new Map<string, number>();
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({}, countingStore(calls));
});
afterAll(async () => {
  await t.close();
});

describe('no N+1', () => {
  it('a 20-statement page with speaker, target and article costs one call per store method', async () => {
    // Give some statements targets so the target loader has work to do.
    const seed = await t.gql<{
      statements: { edges: { node: { id: string; speaker: { id: string } } }[] };
    }>(`{ statements(first: 20) { edges { node { id speaker { id } } } } }`);
    const nodes = seed.data!.statements.edges.map((e) => e.node);
    for (const [i, n] of nodes.entries()) {
      if (i % 2 === 0) {
        await t.store.correctStatement({
          statementId: n.id,
          targetId: nodes[(i + 3) % nodes.length]!.speaker.id,
        });
      }
    }
    calls.clear();
    const r = await t.gql<{
      statements: {
        edges: {
          node: {
            speaker: { name: string } | null;
            target: { name: string } | null;
            article: { title: string };
          };
        }[];
      };
    }>(
      `{ statements(first: 20) { totalCount edges { node {
          id relation speaker { id name kind } target { id name kind }
          article { id title outlet publishedAt } quote { text article { id } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const page = r.data!.statements.edges.map((e) => e.node);
    expect(page).toHaveLength(20);
    expect(new Set(page.map((n) => n.article.title)).size).toBeGreaterThan(1);
    expect(page.filter((n) => n.target).length).toBeGreaterThan(5);
    expect(Object.fromEntries(calls)).toEqual({
      findStatements: 1,
      getEntities: 1,
      getArticles: 1,
    });
  });
});
