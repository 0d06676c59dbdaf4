import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auth, startTestServer, type TestServer } from './harness.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

const INGEST = `mutation I($input: [ArticleInput!]!) {
  ingestArticles(input: $input) {
    articles { changed statementCount article { id title outlet } }
    statements { id speaker { name } quote { text } }
    failed { index code message }
  }
}`;
const ARTICLE = {
  text: 'Harbour officials met on Monday.\n\n"We will reopen the north pier by spring," Port Director Alma Ferreira told reporters.\n',
  title: 'Pier to reopen',
  outlet: 'Harbour Post',
  publishedAt: '2026-04-02',
};

const CORRECT = `mutation C($id: ID!, $target: ID, $relation: RelationType, $verified: Boolean) {
  correctStatement(id: $id, target: $target, relation: $relation, verified: $verified) {
    id relation verified speaker { id } target { id name }
  }
}`;

const speakers = async () => {
  const r = await t.gql<{
    entities: {
      edges: {
        node: { id: string; name: string; statementsMade: { edges: { node: { id: string } }[] } };
      }[];
    };
  }>(
    `{ entities(first: 50, filter: { kinds: [PERSON] }) { edges { node { id name statementsMade(first: 5) { edges { node { id } } } } } } }`,
  );
  return r.data!.entities.edges.map((e) => e.node).filter((n) => n.statementsMade.edges.length > 0);
};

describe('mutations need a key', () => {
  it('refuses writes without a key (401) or with a wrong key (403), and stores nothing', async () => {
    const before = await t.store.counts();
    const none = await t.gql(INGEST, { input: [ARTICLE] });
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await t.gql(INGEST, { input: [ARTICLE] }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(403);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.store.counts()).toEqual(before);
  });

  it('rejects an empty article whole, with the index, and stores nothing', async () => {
    const before = await t.store.counts();
    const r = await t.gql(INGEST, { input: [ARTICLE, { text: '   ' }] }, auth);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.indexes).toEqual([1]);
    expect(await t.store.counts()).toEqual(before);
  });

  it('ingests through the pipeline, returns what was added, and is idempotent', async () => {
    const r = await t.gql<{
      ingestArticles: {
        articles: { changed: boolean; statementCount: number; article: { outlet: string } }[];
        statements: { speaker: { name: string }; quote: { text: string } }[];
      };
    }>(INGEST, { input: [ARTICLE] }, auth);
    expect(r.errors).toBeUndefined();
    const payload = r.data!.ingestArticles;
    expect(payload.articles[0]).toMatchObject({
      changed: true,
      article: { outlet: 'Harbour Post' },
    });
    expect(payload.statements.map((s) => s.quote.text)).toContain(
      'We will reopen the north pier by spring,',
    );
    const again = await t.gql<{
      ingestArticles: { articles: { changed: boolean }[]; statements: unknown[] };
    }>(INGEST, { input: [ARTICLE] }, auth);
    expect(again.data!.ingestArticles.articles[0]!.changed).toBe(false);
    expect(again.data!.ingestArticles.statements).toEqual([]);
  });
});

describe('editorial corrections', () => {
  it('corrects a statement and the network and counterparts show the new edge', async () => {
    const people = await speakers();
    const [a, b] = people;
    const statementId = a!.statementsMade.edges[0]!.node.id;
    const denied = await t.gql(CORRECT, { id: statementId, target: b!.id });
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const r = await t.gql<{
      correctStatement: { relation: string; verified: boolean; target: { id: string } };
    }>(CORRECT, { id: statementId, target: b!.id, relation: 'ACCUSES', verified: true }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data!.correctStatement).toMatchObject({
      relation: 'ACCUSES',
      verified: true,
      target: { id: b!.id },
    });

    const n = await t.gql<{
      network: {
        nodes: { id: string; distance: number }[];
        edges: {
          source: string;
          target: string;
          relation: string;
          count: number;
          statements: { id: string }[];
        }[];
      };
      entity: {
        counterparts: {
          entity: { id: string };
          total: number;
          byRelation: { relation: string; count: number }[];
        }[];
      };
    }>(
      `query N($c: ID!) {
        network(center: $c, depth: 1) { nodes { id distance } edges { source target relation count statements { id } } }
        entity(id: $c) { counterparts(direction: OUT) { entity { id } total byRelation { relation count } } }
      }`,
      { c: a!.id },
    );
    expect(n.errors).toBeUndefined();
    expect(n.data!.network.nodes).toEqual(
      expect.arrayContaining([
        { id: a!.id, distance: 0 },
        { id: b!.id, distance: 1 },
      ]),
    );
    const edge = n.data!.network.edges.find((e) => e.source === a!.id && e.target === b!.id)!;
    expect(edge).toMatchObject({
      relation: 'ACCUSES',
      count: 1,
      statements: [{ id: statementId }],
    });
    expect(n.data!.entity.counterparts).toEqual([
      { entity: { id: b!.id }, total: 1, byRelation: [{ relation: 'ACCUSES', count: 1 }] },
    ]);

    const verified = await t.gql<{ statements: { totalCount: number } }>(
      `query V($a: ID!, $b: ID!) { statements(filter: { between: [$a, $b], verified: true }) { totalCount } }`,
      { a: a!.id, b: b!.id },
    );
    expect(verified.data!.statements.totalCount).toBe(1);
  });

  it('refuses an empty correction and an unknown statement with codes', async () => {
    const empty = await t.gql(`mutation { correctStatement(id: "s_x") { id } }`, {}, auth);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(CORRECT, { id: 's_missing', verified: true }, auth);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('merges two entities in the store and records the decision', async () => {
    const [, , c, d] = await speakers();
    const r = await t.gql<{
      mergeEntities: { id: string; aliases: string[]; statementsMadeCount: number };
    }>(
      `mutation M($s: ID!, $m: ID!) { mergeEntities(survivor: $s, merged: $m) { id aliases statementsMadeCount } }`,
      { s: c!.id, m: d!.id },
      auth,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.mergeEntities.id).toBe(c!.id);
    expect(r.data!.mergeEntities.aliases).toContain(d!.name);
    expect(t.decisions.merges).toContainEqual([c!.id, d!.id]);
    const moved = await t.gql<{ statements: { totalCount: number } }>(
      `query S($id: ID!) { statements(filter: { speaker: $id }) { totalCount } }`,
      { id: c!.id },
    );
    expect(moved.data!.statements.totalCount).toBe(r.data!.mergeEntities.statementsMadeCount);
    expect(moved.data!.statements.totalCount).toBe(
      c!.statementsMade.edges.length + d!.statementsMade.edges.length,
    );
  });

  it('records a split with the affected articles', async () => {
    const [e] = await speakers();
    const r = await t.gql<{
      splitEntity: { newEntityId: string; affectedArticleIds: string[]; entity: { id: string } };
    }>(
      `mutation S($id: ID!) { splitEntity(entity: $id, aliases: ["The Other One"]) { newEntityId affectedArticleIds entity { id } } }`,
      { id: e!.id },
      auth,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.splitEntity.entity.id).toBe(e!.id);
    expect(r.data!.splitEntity.newEntityId).toMatch(/^e_/);
    expect(r.data!.splitEntity.affectedArticleIds.length).toBeGreaterThan(0);
    expect(t.decisions.splits).toContainEqual({
      entityId: e!.id,
      aliases: ['The Other One'],
      name: 'The Other One',
    });
  });
});
