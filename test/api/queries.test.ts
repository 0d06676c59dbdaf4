import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OUTLETS, startTestServer, type TestServer } from './harness.js';

interface Node {
  id: string;
  relation: string;
  confidence: number;
  speaker: { id: string; name: string } | null;
  quote: { text: string; type: string; start: number; end: number };
  article: { id: string; outlet: string; publishedAt: string; text: string };
}
interface Conn {
  totalCount: number;
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const STATEMENTS = `query S($filter: StatementFilter, $first: Int, $after: String, $orderBy: StatementOrder) {
  statements(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id relation confidence speaker { id name }
      quote { text type start end } article { id outlet publishedAt text } } }
  }
}`;

let t: TestServer;
const page = async (variables: Record<string, unknown>) => {
  const r = await t.gql<{ statements: Conn }>(STATEMENTS, variables);
  expect(r.errors).toBeUndefined();
  return r.data!.statements;
};
const all = async (filter: Record<string, unknown> = {}, first = 7, orderBy = 'PUBLISHED_DESC') => {
  const nodes: Node[] = [];
  let after: string | null = null;
  let total = -1;
  for (let guard = 0; guard < 100; guard++) {
    const p: Conn = await page({ filter, first, after, orderBy });
    total = p.totalCount;
    nodes.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  return { nodes, total };
};

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

describe('statements over HTTP on the dev corpus', () => {
  it('pages through everything without duplicates or gaps, in every order', async () => {
    const counts = await t.store.counts();
    expect(counts.statements).toBeGreaterThan(20);
    for (const order of ['PUBLISHED_DESC', 'PUBLISHED_ASC', 'CONFIDENCE_DESC']) {
      const { nodes, total } = await all({}, 7, order);
      expect(total).toBe(counts.statements);
      expect(nodes).toHaveLength(counts.statements);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(counts.statements);
    }
    const desc = (await all({}, 9)).nodes.map((n) => n.article.publishedAt);
    expect(desc).toEqual([...desc].sort().reverse());
  });

  it('quote offsets index into the article text', async () => {
    const { nodes } = await all({}, 50);
    for (const n of nodes)
      expect(n.article.text.slice(n.quote.start, n.quote.end)).toBe(n.quote.text);
  });

  it('filters by speaker, outlet, date range, confidence and text', async () => {
    const { nodes } = await all({}, 50);
    const speaker = nodes.find((n) => n.speaker)!.speaker!;
    const bySpeaker = await all({ speaker: speaker.id });
    expect(bySpeaker.nodes.length).toBe(nodes.filter((n) => n.speaker?.id === speaker.id).length);
    expect(bySpeaker.nodes.every((n) => n.speaker?.id === speaker.id)).toBe(true);

    const outlet = await all({ outlet: OUTLETS[1]!.toUpperCase() });
    expect(outlet.total).toBe(nodes.filter((n) => n.article.outlet === OUTLETS[1]).length);
    expect(outlet.total).toBeGreaterThan(0);

    const dated = await all({ from: '2026-03-03', to: '2026-03-05' });
    const inRange = nodes.filter(
      (n) =>
        n.article.publishedAt.slice(0, 10) >= '2026-03-03' &&
        n.article.publishedAt.slice(0, 10) <= '2026-03-05',
    );
    expect(dated.total).toBe(inRange.length);

    const confident = await all({ minConfidence: 0.7 });
    expect(confident.total).toBe(nodes.filter((n) => n.confidence >= 0.7).length);

    const word = nodes[0]!.quote.text.split(/\W+/).find((w) => w.length > 4)!;
    const text = await all({ text: word.toLowerCase() });
    expect(text.total).toBeGreaterThan(0);
    expect(text.nodes.every((n) => n.quote.text.toLowerCase().includes(word.toLowerCase()))).toBe(
      true,
    );

    const types = await all({ quoteType: 'DIRECT' });
    expect(types.total).toBe(nodes.filter((n) => n.quote.type === 'DIRECT').length);
    const none = await all({ relation: ['ACCUSES'], verified: true });
    expect(none.total).toBe(0);
  });

  it('rejects a malformed cursor and date with codes', async () => {
    const bad = await t.gql(STATEMENTS, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_ARGUMENT');
    const date = await t.gql(STATEMENTS, { filter: { from: 'last tuesday' } });
    expect(date.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('entities, search, articles and nodes', () => {
  it('finds an entity with a misspelt name (fuzzy search)', async () => {
    const r = await t.gql<{
      entities: { totalCount: number; edges: { node: { id: string; name: string } }[] };
    }>(
      `{ entities(first: 100, filter: { kinds: [PERSON] }) { totalCount edges { node { id name } } } }`,
    );
    const person = r.data!.entities.edges.map((e) => e.node).find((n) => /\w{6,}$/.test(n.name))!;
    const last = person.name.split(' ').pop()!;
    const misspelt = last + last.slice(-1); // "Zelensky" -> "Zelenskyy"
    const s = await t.gql<{
      search: { edges: { score: number; node: { __typename: string; id: string } }[] };
    }>(
      `query Q($q: String!) { search(query: $q, kinds: [ENTITY], first: 10) { totalCount edges { score node { __typename ... on Entity { id } } } } }`,
      { q: misspelt },
    );
    expect(s.errors).toBeUndefined();
    expect(s.data!.search.edges.map((e) => e.node.id)).toContain(person.id);
    expect(s.data!.search.edges[0]!.node.__typename).toBe('Person');
  });

  it('searches quote text and returns statements', async () => {
    const s = await t.gql<{
      search: {
        totalCount: number;
        edges: { node: { __typename: string; quote: { text: string } } }[];
      };
    }>(
      `{ search(query: "budget", kinds: [STATEMENT]) { totalCount edges { node { __typename ... on Statement { quote { text } } } } } }`,
    );
    expect(s.errors).toBeUndefined();
    expect(s.data!.search.totalCount).toBeGreaterThan(0);
    for (const e of s.data!.search.edges) {
      expect(e.node.__typename).toBe('Statement');
      expect(e.node.quote.text.toLowerCase()).toContain('budget');
    }
  });

  it('resolves article, entity and statement through node(id) and lists article quotes in order', async () => {
    const first = (await page({ first: 1 })).edges[0]!.node;
    const r = await t.gql<
      Record<
        string,
        {
          __typename: string;
          id: string;
          quotes?: { start: number; text: string }[];
          text?: string;
          kind?: string;
        }
      >
    >(
      `query N($a: ID!, $e: ID!, $s: ID!) {
        a: node(id: $a) { __typename id ... on Article { text quotes { start text } } }
        e: node(id: $e) { __typename id ... on Entity { kind } }
        s: node(id: $s) { __typename id }
        x: node(id: "e_doesnotexist") { id }
      }`,
      { a: first.article.id, e: first.speaker!.id, s: first.id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.a!.__typename).toBe('Article');
    const kind = r.data!.e!.kind!;
    expect(r.data!.e!.__typename).toBe(kind.charAt(0) + kind.slice(1).toLowerCase());
    expect(r.data!.s!.__typename).toBe('Statement');
    expect(r.data!.x).toBeNull();
    const quotes = r.data!.a!.quotes!;
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.map((q) => q.start)).toEqual(
      [...quotes.map((q) => q.start)].sort((x, y) => x - y),
    );
    expect(quotes.map((q) => q.text)).toContain(first.quote.text);
  });

  it('gives an entity its counts, statements and a day timeline that add up', async () => {
    const first = (await page({ first: 1 })).edges[0]!.node;
    const r = await t.gql<{
      entity: {
        statementsMadeCount: number;
        statementsMade: { totalCount: number; edges: unknown[] };
      };
      timeline: { start: string; count: number }[];
    }>(
      `query E($id: ID!) {
        entity(id: $id) { name statementsMadeCount statementsMade(first: 100) { totalCount edges { node { id } } } }
        timeline(entity: $id, interval: DAY, direction: OUT) { start count }
      }`,
      { id: first.speaker!.id },
    );
    expect(r.errors).toBeUndefined();
    const e = r.data!.entity;
    expect(e.statementsMadeCount).toBeGreaterThan(0);
    expect(e.statementsMade.totalCount).toBe(e.statementsMadeCount);
    expect(e.statementsMade.edges).toHaveLength(e.statementsMadeCount);
    expect(r.data!.timeline.reduce((sum, b) => sum + b.count, 0)).toBe(e.statementsMadeCount);
    expect(r.data!.timeline.map((b) => b.start)).toContain(first.article.publishedAt.slice(0, 10));
  });
});
