import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeNeo4j, openCleanStore } from '../neo4j/test-env.js';
import { auth, countingStore, startTestServer, type TestServer } from './harness.js';

/** The same API over the Neo4j adapter: paging, filters, batching, corrections, search. */
describeNeo4j('GraphQL API on Neo4j', () => {
  const calls = new Map<string, number>();
  const counting = countingStore(calls);
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({}, counting, () => openCleanStore());
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  interface Page {
    statements: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; speaker: { id: string } | null; article: { title: string } } }[];
    };
  }
  const PAGE = `query P($after: String, $order: StatementOrder, $f: StatementFilter) {
    statements(first: 7, after: $after, orderBy: $order, filter: $f) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id speaker { id name } target { id } article { title } } }
    }
  }`;

  it('pages without duplicates or gaps and batches entity and article reads', async () => {
    const { statements } = await t.store.counts();
    for (const order of ['PUBLISHED_DESC', 'CONFIDENCE_DESC']) {
      const ids: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        calls.clear();
        const r = await t.gql<Page>(PAGE, { after, order });
        expect(r.errors).toBeUndefined();
        expect(Object.fromEntries(calls)).toEqual({
          findStatements: 1,
          getEntities: 1,
          getArticles: 1,
        });
        const p: Page['statements'] = r.data!.statements;
        expect(p.totalCount).toBe(statements);
        ids.push(...p.edges.map((e) => e.node.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(ids).toHaveLength(statements);
      expect(new Set(ids).size).toBe(statements);
    }
  });

  it('filters by speaker and applies a correction that the network shows', async () => {
    const first = await t.gql<Page>(PAGE, {});
    const withSpeaker = first.data!.statements.edges.map((e) => e.node).filter((n) => n.speaker);
    const [a, b] = [
      withSpeaker[0]!,
      withSpeaker.find((n) => n.speaker!.id !== withSpeaker[0]!.speaker!.id)!,
    ];
    const bySpeaker = await t.gql<Page>(PAGE, { f: { speaker: a.speaker!.id } });
    expect(
      bySpeaker.data!.statements.edges.every((e) => e.node.speaker?.id === a.speaker!.id),
    ).toBe(true);
    const fix = await t.gql(
      `mutation C($id: ID!, $t: ID) { correctStatement(id: $id, target: $t, relation: CRITICIZES) { id target { id } } }`,
      { id: a.id, t: b.speaker!.id },
      auth,
    );
    expect(fix.errors).toBeUndefined();
    const n = await t.gql<{
      network: { edges: { source: string; target: string; relation: string }[] };
    }>(`query N($c: ID!) { network(center: $c) { edges { source target relation } } }`, {
      c: a.speaker!.id,
    });
    expect(n.errors).toBeUndefined();
    expect(n.data!.network.edges).toContainEqual({
      source: a.speaker!.id,
      target: b.speaker!.id,
      relation: 'CRITICIZES',
    });
  });
});
