import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Entity, Statement } from '../../src/domain/model.js';
import type { GraphStore } from '../../src/graph/port.js';
import { articleGraph, entity } from './fixtures.js';

export interface StoreHandle {
  store: GraphStore;
  cleanup(): Promise<void>;
}

const zelensky = entity('Volodymyr Zelensky', 'PERSON', ['Mr Zelensky']);
const witkoff = entity('Steve Witkoff');
const zakharova = entity('Maria Zakharova');
const germany = entity('Germany', 'COUNTRY', ['Berlin']);
const kremlin = entity('Kremlin', 'ORGANIZATION');

/** A small news week: three outlets, dated articles, every relation shape the API filters on. */
export const week = () => [
  articleGraph(
    'a_one',
    [
      {
        speaker: zelensky,
        target: witkoff,
        relation: 'ACCUSES',
        quote: 'He is spreading Russian narratives about our army',
      },
      {
        speaker: zelensky,
        target: null,
        quote: 'Ukraine is ready for peace talks',
        confidence: 0.95,
      },
      {
        speaker: witkoff,
        target: zelensky,
        relation: 'DENIES',
        quote: 'I never said any such thing',
        type: 'indirect',
      },
    ],
    { source: 'Northwire', publishedAt: '2026-03-02', title: 'Talks' },
  ),
  articleGraph(
    'a_two',
    [
      {
        speaker: zakharova,
        target: germany,
        relation: 'WARNS',
        quote: 'Berlin will regret sending more weapons',
        confidence: 0.6,
      },
      {
        speaker: zakharova,
        target: germany,
        relation: 'WARNS',
        quote: 'There will be consequences for Germany',
      },
      {
        speaker: kremlin,
        target: zelensky,
        relation: 'CRITICIZES',
        quote: 'The peace plan is theatre',
        type: 'mixed',
      },
    ],
    { source: 'Eastwire', publishedAt: '2026-03-04T10:00:00Z' },
  ),
  articleGraph(
    'a_three',
    [
      {
        speaker: germany,
        target: zakharova,
        relation: 'REJECTS',
        quote: 'Those threats do not impress us',
      },
    ],
    { source: 'Northwire', publishedAt: '2026-03-10' },
  ),
];

const quotesOf = (statements: (Statement | null)[]) => statements.map((s) => s?.quote.text);

/**
 * The behaviour every GraphStore adapter must show. Each adapter's test file calls this with a
 * factory giving a fresh, empty store.
 */
export function defineGraphStoreContract(
  name: string,
  makeStore: () => Promise<StoreHandle>,
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let handle: StoreHandle;
    let store: GraphStore;

    beforeEach(async () => {
      handle = await makeStore();
      store = handle.store;
      await store.upsertArticles(week());
    });
    afterEach(async () => {
      await handle.cleanup();
    });

    it('counts what was upserted', async () => {
      expect(await store.counts()).toEqual({ articles: 3, statements: 7, entities: 5 });
    });

    it('treats re-ingest of identical articles as a no-op', async () => {
      const again = await store.upsertArticles(week());
      expect(again.map((r) => r.changed)).toEqual([false, false, false]);
      expect(await store.counts()).toEqual({ articles: 3, statements: 7, entities: 5 });
    });

    it('replaces what an article contributed when it changes', async () => {
      const changed = articleGraph(
        'a_one',
        [{ speaker: witkoff, target: null, quote: 'Only this remains' }],
        {
          publishedAt: '2026-03-02',
        },
      );
      const [result] = await store.upsertArticles([changed]);
      expect(result!.changed).toBe(true);
      const page = await store.findStatements({ articleId: 'a_one' }, { first: 10 });
      expect(page.items.map((i) => i.node.quote.text)).toEqual(['Only this remains']);
      expect(await store.counts()).toEqual({ articles: 3, statements: 5, entities: 5 });
    });

    it('drops an entity no article mentions any more', async () => {
      await store.upsertArticle(articleGraph('a_three', [], { publishedAt: '2026-03-10' }));
      await store.upsertArticle(
        articleGraph('a_two', [{ speaker: zakharova, target: null, quote: 'Nothing to add' }]),
      );
      expect(await store.getEntities([germany.id, kremlin.id])).toEqual([null, null]);
      expect((await store.getEntities([zakharova.id]))[0]?.name).toBe('Maria Zakharova');
    });

    it('returns articles, entities and statements by id, null where unknown', async () => {
      const [article, missing] = await store.getArticles(['a_two', 'a_nope']);
      expect(article).toMatchObject({ id: 'a_two', source: 'Eastwire' });
      expect(article!.text).toContain('Berlin will regret');
      expect(missing).toBeNull();
      const [entityFound] = await store.getEntities([germany.id]);
      expect(entityFound).toEqual(germany);
      const page = await store.findStatements({ speaker: zakharova.id }, { first: 1 });
      const id = page.items[0]!.node.id;
      const [statement] = await store.getStatements([id]);
      expect(statement).toEqual(page.items[0]!.node);
    });

    it('keeps offsets that point at the quote in the article text', async () => {
      const page = await store.findStatements({}, { first: 50 });
      const [article] = await store.getArticles(['a_one']);
      for (const { node } of page.items.filter((i) => i.node.articleId === 'a_one')) {
        expect(article!.text.slice(node.quote.start, node.quote.end)).toBe(node.quote.text);
      }
    });

    it('filters statements by speaker, target and relation', async () => {
      const bySpeaker = await store.findStatements({ speaker: zakharova.id }, { first: 10 });
      expect(bySpeaker.totalCount).toBe(2);
      const byTarget = await store.findStatements({ target: zelensky.id }, { first: 10 });
      expect(quotesOf(byTarget.items.map((i) => i.node)).sort()).toEqual([
        'I never said any such thing',
        'The peace plan is theatre',
      ]);
      const byRelation = await store.findStatements(
        { relations: ['WARNS', 'REJECTS'] },
        { first: 10 },
      );
      expect(byRelation.totalCount).toBe(3);
    });

    it('filters by between, quote type, outlet, dates, confidence and words', async () => {
      const between = await store.findStatements(
        { between: [zelensky.id, witkoff.id] },
        { first: 10 },
      );
      expect(between.totalCount).toBe(2);
      expect((await store.findStatements({ quoteType: 'mixed' }, { first: 10 })).totalCount).toBe(
        1,
      );
      expect((await store.findStatements({ outlet: 'northwire' }, { first: 10 })).totalCount).toBe(
        4,
      );
      const march4 = await store.findStatements(
        { from: '2026-03-03', to: '2026-03-04' },
        { first: 10 },
      );
      expect(march4.totalCount).toBe(3);
      const sure = await store.findStatements({ minConfidence: 0.9 }, { first: 10 });
      expect(quotesOf(sure.items.map((i) => i.node))).toEqual(['Ukraine is ready for peace talks']);
      const words = await store.findStatements({ text: 'PEACE' }, { first: 10 });
      expect(words.totalCount).toBe(2);
      expect((await store.findStatements({ verified: true }, { first: 10 })).totalCount).toBe(0);
    });

    it('orders by publication date, newest first by default', async () => {
      const page = await store.findStatements({}, { first: 10 });
      const dates = page.items.map((i) => i.node.articleId);
      expect(dates[0]).toBe('a_three');
      expect(dates[dates.length - 1]).toBe('a_one');
      const oldest = await store.findStatements({}, { first: 1 }, 'PUBLISHED_ASC');
      expect(oldest.items[0]!.node.articleId).toBe('a_one');
      const confident = await store.findStatements({}, { first: 1 }, 'CONFIDENCE_DESC');
      expect(confident.items[0]!.node.confidence).toBe(0.95);
    });

    it('pages with cursors without duplicates or gaps', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page = await store.findStatements({}, { first: 3, after });
        expect(page.totalCount).toBe(7);
        seen.push(...page.items.map((i) => i.node.id));
        after = page.hasNextPage ? page.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(7);
    });

    it('rejects a malformed cursor with INVALID_ARGUMENT', async () => {
      await expect(store.findStatements({}, { first: 2, after: 'garbage!' })).rejects.toMatchObject(
        {
          code: 'INVALID_ARGUMENT',
        },
      );
    });

    it('finds entities by name or alias and kind', async () => {
      const byAlias = await store.findEntities({ name: 'berlin' }, { first: 10 });
      expect(byAlias.items.map((i) => i.node.name)).toEqual(['Germany']);
      const people = await store.findEntities({ kinds: ['PERSON'] }, { first: 2 });
      expect(people.totalCount).toBe(3);
      const next = await store.findEntities(
        { kinds: ['PERSON'] },
        { first: 2, after: people.endCursor },
      );
      expect([...people.items, ...next.items].map((i) => i.node.name)).toEqual([
        'Maria Zakharova',
        'Steve Witkoff',
        'Volodymyr Zelensky',
      ]);
    });

    it('searches names fuzzily and quote text', async () => {
      const fuzzy = await store.search('Zelenskyy', { kinds: ['ENTITY'] }, { first: 5 });
      expect(fuzzy.items[0]?.node).toMatchObject({
        kind: 'entity',
        entity: { name: 'Volodymyr Zelensky' },
      });
      const quotes = await store.search('peace talks', { kinds: ['STATEMENT'] }, { first: 5 });
      const texts = quotes.items.map((i) =>
        i.node.kind === 'statement' ? i.node.statement.quote.text : '',
      );
      expect(texts).toEqual(['Ukraine is ready for peace talks']);
      const none = await store.search('Smithson', {}, { first: 5 });
      expect(none.totalCount).toBe(0);
    });

    it('counts counterparts per relation in both directions', async () => {
      const out = await store.counterparts(zakharova.id, 'OUT');
      expect(out).toEqual([
        {
          entity: expect.objectContaining({ id: germany.id }),
          total: 2,
          byRelation: [{ relation: 'WARNS', count: 2 }],
        },
      ]);
      const into = await store.counterparts(zelensky.id, 'IN');
      expect(into.map((c) => c.entity.name).sort()).toEqual(['Kremlin', 'Steve Witkoff']);
    });

    it('builds a network around an entity at depth 1 and 2 with filters', async () => {
      const one = await store.network({ center: zakharova.id, depth: 1 });
      expect(one.nodes.map((n) => n.entity.name).sort()).toEqual(['Germany', 'Maria Zakharova']);
      const warns = one.edges.find((e) => e.relation === 'WARNS')!;
      expect(warns).toMatchObject({ source: zakharova.id, target: germany.id, count: 2 });
      expect(warns.statementIds).toHaveLength(2);
      const two = await store.network({ center: witkoff.id, depth: 2 });
      expect(two.nodes.map((n) => n.entity.name).sort()).toEqual([
        'Kremlin',
        'Steve Witkoff',
        'Volodymyr Zelensky',
      ]);
      expect(two.nodes.find((n) => n.entity.id === kremlin.id)!.distance).toBe(2);
      const strong = await store.network({ center: zakharova.id, depth: 1, minCount: 2 });
      expect(strong.edges.map((e) => e.relation)).toEqual(['WARNS']);
      const onlyRejects = await store.network({
        center: zakharova.id,
        depth: 1,
        relations: ['REJECTS'],
      });
      expect(onlyRejects.edges).toEqual([
        expect.objectContaining({ source: germany.id, relation: 'REJECTS' }),
      ]);
      const limited = await store.network({ center: witkoff.id, depth: 2, limit: 2 });
      expect(limited.nodes).toHaveLength(2);
      expect(limited.edges.every((e) => [witkoff.id, zelensky.id].includes(e.source))).toBe(true);
    });

    it('counts a timeline per day and per week', async () => {
      const days = await store.timeline(zakharova.id, { interval: 'DAY', direction: 'BOTH' });
      expect(days).toEqual([
        { start: '2026-03-04', count: 2 },
        { start: '2026-03-10', count: 1 },
      ]);
      const weeks = await store.timeline(zakharova.id, { interval: 'WEEK', relation: 'WARNS' });
      expect(weeks).toEqual([{ start: '2026-03-02', count: 2 }]);
    });

    it('keeps an editor correction across re-ingest of the article', async () => {
      const page = await store.findStatements({ speaker: kremlin.id }, { first: 1 });
      const id = page.items[0]!.node.id;
      const corrected = await store.correctStatement({
        statementId: id,
        relation: 'ACCUSES',
        verified: true,
      });
      expect(corrected).toMatchObject({ relation: 'ACCUSES', verified: true });
      await store.upsertArticle({
        ...week()[1]!,
        article: { ...week()[1]!.article, title: 'Updated' },
      });
      const [after] = await store.getStatements([id]);
      expect(after).toMatchObject({ relation: 'ACCUSES', verified: true });
      expect((await store.findStatements({ verified: true }, { first: 5 })).totalCount).toBe(1);
    });

    it('rejects a correction naming unknown things with NOT_FOUND', async () => {
      await expect(
        store.correctStatement({ statementId: 's_missing', verified: true }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('merges entities and keeps the merge on re-ingest', async () => {
      const duplicate = entity('Zelenskyy');
      await store.upsertArticle(
        articleGraph('a_four', [
          { speaker: duplicate, target: witkoff, relation: 'ACCUSES', quote: 'Lies again' },
        ]),
      );
      const merged: Entity = await store.mergeEntities(zelensky.id, duplicate.id);
      expect(merged.aliases).toEqual(expect.arrayContaining(['Zelenskyy', 'Mr Zelensky']));
      const check = async () => {
        const made = await store.findStatements({ speaker: zelensky.id }, { first: 10 });
        expect(made.totalCount).toBe(3);
        expect((await store.getEntities([duplicate.id]))[0]?.id ?? null).not.toBe(duplicate.id);
      };
      await check();
      await store.upsertArticle(
        articleGraph('a_four', [
          { speaker: duplicate, target: witkoff, relation: 'ACCUSES', quote: 'Lies again' },
          { speaker: duplicate, target: null, quote: 'And more' },
        ]),
      );
      const made = await store.findStatements({ speaker: zelensky.id }, { first: 10 });
      expect(made.totalCount).toBe(4);
      expect((await store.counts()).entities).toBe(5);
    });

    it('rejects an invalid article graph with INVALID_ARTICLE and stores nothing of it', async () => {
      const bad = articleGraph('a_bad', [{ speaker: zelensky, quote: 'Fine words' }]);
      bad.statements[0]!.quote.end = bad.article.text.length + 50;
      await expect(store.upsertArticles([bad])).rejects.toMatchObject({ code: 'INVALID_ARTICLE' });
      expect((await store.getArticles(['a_bad']))[0]).toBeNull();
      expect((await store.counts()).articles).toBe(3);
    });
  });
}
