import { describe, expect, it } from '@jest/globals';
import { entityId } from '../../src/domain/ids.js';
import type { ArticleGraph } from '../../src/domain/model.js';
import {
  emptyDecisions,
  type EditorialDecisions,
} from '../../src/resolution/editorial-decisions.js';
import { Resolver } from '../../src/resolution/resolver.js';
import { article, extractionOf } from './helpers.js';

const idOf = (graph: ArticleGraph, name: string): string | undefined =>
  graph.entities.find((e) => e.name === name || e.aliases.includes(name))?.id;
const run = (resolver: Resolver, text: string, source?: string | null, date?: string | null) =>
  resolver.resolve(article(text, source, date), extractionOf(text));

const ZELENSKY = 'President Volodymyr Zelensky said on Monday that talks would resume.';
const ZELENSKYY = 'Volodymyr Zelenskyy told parliament the army would hold the line.';

describe('Resolver', () => {
  it('gives a content-derived id and joins a transliteration variant, recording why', () => {
    const resolver = new Resolver();
    const a = run(resolver, ZELENSKY);
    const b = run(resolver, ZELENSKYY);
    const id = entityId('PERSON', 'Volodymyr Zelensky');
    expect(idOf(a, 'Volodymyr Zelensky')).toBe(id);
    expect(idOf(b, 'Volodymyr Zelenskyy')).toBe(id);
    expect(b.entities.find((e) => e.id === id)?.aliases).toContain('Volodymyr Zelenskyy');
    expect(resolver.log).toContainEqual(
      expect.objectContaining({
        localName: 'Volodymyr Zelenskyy',
        entityId: id,
        rule: 'transliteration-variant',
      }),
    );
  });

  it('keeps people who share a surname apart, and a bare surname apart when ambiguous', () => {
    const resolver = new Resolver();
    const a = run(resolver, 'Finance Minister John Smith defended the budget.');
    const b = run(resolver, 'The coach, Adam Smith, praised his players.', 'Sportsdesk');
    expect(idOf(a, 'John Smith')).not.toBe(idOf(b, 'Adam Smith'));
    const c = run(
      resolver,
      'Asked about it, Smith said nothing more.',
      'Other Outlet',
      '2026-09-01',
    );
    const bare = idOf(c, 'Smith');
    expect(bare).toBeDefined();
    expect([idOf(a, 'John Smith'), idOf(b, 'Adam Smith')]).not.toContain(bare);
  });

  it('joins a bare surname to the one holder with a compatible role, or in the same outlet and period', () => {
    const resolver = new Resolver();
    const a = run(resolver, 'Foreign Minister Maria Zakharova rejected the claims.');
    run(resolver, 'The singer Anna Zakharova released a new album.', 'Culture Weekly');
    const b = run(resolver, 'Minister Zakharova repeated her warning.', 'Northwire', '2026-03-20');
    expect(idOf(b, 'Zakharova')).toBe(idOf(a, 'Maria Zakharova'));
    expect(resolver.log.at(-1)).toMatchObject({
      rule: 'surname-role',
      entityName: 'Maria Zakharova',
    });

    const r2 = new Resolver();
    const x = run(r2, 'Eleanor Marchetti accused Seoul of stalling.', 'Northwire', '2026-03-14');
    const y = run(r2, 'On Monday, Marchetti left the talks early.', 'Northwire', '2026-03-16');
    const z = run(r2, 'In Rome, Marchetti opened a bakery.', 'Northwire', '2027-01-10');
    expect(idOf(y, 'Marchetti')).toBe(idOf(x, 'Eleanor Marchetti'));
    expect(r2.log.at(-1)?.rule).toBe('surname-outlet-period');
    expect(idOf(z, 'Marchetti')).not.toBe(idOf(x, 'Eleanor Marchetti'));
  });

  it('applies the alias file: declared aliases and merges join, never-merge keeps apart', () => {
    const decisions: EditorialDecisions = {
      ...emptyDecisions(),
      entities: [{ name: 'Volodymyr Zelensky', kind: 'PERSON', aliases: ['Ze'] }],
      merge: [
        {
          kind: 'ORGANIZATION',
          survivor: 'Lumora Systems',
          merged: 'Lumora Labs',
          reason: 'renamed',
        },
      ],
      neverMerge: [
        { kind: 'PERSON', a: 'Volodymyr Zelensky', b: 'Volodymyr Zelenskyy', reason: 'test' },
      ],
    };
    const resolver = new Resolver({ decisions });
    const a = run(resolver, ZELENSKY);
    const b = run(resolver, ZELENSKYY);
    expect(idOf(b, 'Volodymyr Zelenskyy')).not.toBe(idOf(a, 'Volodymyr Zelensky'));
    const c = run(resolver, 'Lumora Labs confirmed the breach on Friday.');
    expect(idOf(c, 'Lumora Systems')).toBe(entityId('ORGANIZATION', 'Lumora Systems'));
    expect(resolver.log.at(-1)).toMatchObject({ rule: 'alias-file', entityName: 'Lumora Systems' });
  });

  it('gives the same ids on re-ingest, whether seeded from a store or resolving afresh', () => {
    const texts = [
      ZELENSKY,
      ZELENSKYY,
      'Maria Zakharova said Kyiv was stalling. Zakharova later left.',
    ];
    const first = new Resolver();
    const graphs = texts.map((t) => run(first, t));
    const seeded = new Resolver({ known: first.entities() });
    const again = texts.map((t) => run(seeded, t));
    const ids = (gs: ArticleGraph[]) => gs.map((g) => g.entities.map((e) => e.id).sort());
    expect(ids(again)).toEqual(ids(graphs));
    const fresh = texts.map((t) => run(new Resolver(), t));
    expect(fresh[0]!.entities.map((e) => e.id).sort()).toEqual(ids(graphs)[0]);
    expect(again.flatMap((g) => g.statements.map((s) => s.id))).toEqual(
      graphs.flatMap((g) => g.statements.map((s) => s.id)),
    );
  });

  it('keeps descriptor-only entities to their own article and maps statements to global ids', () => {
    const resolver = new Resolver();
    const text1 = 'A club spokesman declined to comment on the transfer.';
    const text2 = 'A club spokesman said the deal was off.';
    const a = resolver.resolve(article(text1), extractionOf(text1, ['A club spokesman']));
    const b = resolver.resolve(article(text2), extractionOf(text2, ['A club spokesman']));
    const sa = a.statements[0]!.speaker!.entityId;
    const sb = b.statements[0]!.speaker!.entityId;
    expect(a.entities.map((e) => e.id)).toContain(sa);
    expect(sa).not.toBe(sb);
    expect(a.statements[0]).toMatchObject({ articleId: a.article.id, verified: false });
  });
});
