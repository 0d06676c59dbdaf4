import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import type { ArticleGraph } from '../../src/domain/model.js';
import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { exportGraph } from '../../src/graph/export/export-graph.js';
import type { GraphStore } from '../../src/graph/port.js';
import { articleGraph, entity } from '../graph/fixtures.js';
import { devArticleGraphs } from '../views/dev-graph.js';

const voss = entity('Lorraine Voss');
const okafor = entity('Dwayne <Okafor> & "Sons"', 'PERSON', ['Okafor']);
const council = entity('Brennan Falls Council', 'ORGANIZATION');

const fixture: ArticleGraph[] = [
  articleGraph(
    'a_budget',
    [
      {
        speaker: voss,
        target: okafor,
        relation: 'CRITICIZES',
        quote: 'He is wrong',
        confidence: 0.8,
      },
      {
        speaker: voss,
        target: okafor,
        relation: 'CRITICIZES',
        quote: 'He never reads',
        confidence: 0.6,
      },
      { speaker: voss, target: okafor, relation: 'ACCUSES', quote: 'He misled us' },
      {
        speaker: okafor,
        target: council,
        relation: 'URGES',
        quote: 'Vote it down, <now> & "fast"',
      },
      { speaker: council, quote: 'The session is adjourned' },
    ],
    { publishedAt: '2026-03-01', source: 'Northwire' },
  ),
];

describe('exportGraph over the embedded store', () => {
  let dir: string;
  let store: GraphStore;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qg-export-'));
    store = await openEmbeddedStore({ dir, persist: false });
    await store.upsertArticles(fixture);
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('GraphML re-imports with graphology-graphml with the same nodes, edges and typed attributes', async () => {
    const [file] = await exportGraph(store, 'graphml');
    const g = parseGraphml(MultiDirectedGraph, file!.body);
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    expect(g.getNodeAttributes(okafor.id)).toEqual({
      label: 'Dwayne <Okafor> & "Sons"',
      kind: 'PERSON',
      aliases: 'Okafor',
      statementsMade: 1,
      statementsAbout: 3,
    });
    const criticizes = g.getEdgeAttributes(`${voss.id}|CRITICIZES|${okafor.id}`);
    expect(criticizes).toMatchObject({ relation: 'CRITICIZES', count: 2, confidence: 0.7 });
    expect(typeof criticizes.count).toBe('number');
    expect(g.source(`${okafor.id}|URGES|${council.id}`)).toBe(okafor.id);
  });

  it('GEXF re-imports with the same counts and attributes', async () => {
    const [file] = await exportGraph(store, 'gexf');
    const g = parseGexf(MultiDirectedGraph, file!.body);
    expect([g.order, g.size]).toEqual([3, 3]);
    expect(g.getEdgeAttributes(`${voss.id}|ACCUSES|${okafor.id}`)).toMatchObject({
      relation: 'ACCUSES',
      count: 1,
    });
    expect(g.getNodeAttribute(council.id, 'label')).toBe('Brennan Falls Council');
  });

  it('CSV gives nodes.csv and edges.csv with Gephi headers and escaped fields', async () => {
    const files = await exportGraph(store, 'csv');
    expect(files.map((f) => f.name)).toEqual(['nodes.csv', 'edges.csv']);
    const nodes = parseCsv(files[0]!.body, { columns: true }) as Record<string, string>[];
    const edges = parseCsv(files[1]!.body, { columns: true }) as Record<string, string>[];
    expect(nodes.map((n) => n.Label).sort()).toEqual([council.name, okafor.name, voss.name].sort());
    expect(edges).toHaveLength(3);
    const crit = edges.find((e) => e.relation === 'CRITICIZES')!;
    expect([crit.Source, crit.Target, crit.Weight, crit.Type]).toEqual([
      voss.id,
      okafor.id,
      '2',
      'Directed',
    ]);
  });

  it('JSONL has every statement, edgeless ones too, with article provenance', async () => {
    const [file] = await exportGraph(store, 'jsonl');
    const lines = file!.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    const urges = lines.find((l) => l.relation === 'URGES');
    expect(urges.speaker.name).toBe(okafor.name);
    expect(urges.target.id).toBe(council.id);
    expect(urges.quote.text).toBe('Vote it down, <now> & "fast"');
    expect(urges.article).toMatchObject({
      id: 'a_budget',
      outlet: 'Northwire',
      publishedAt: '2026-03-01',
    });
    const text = fixture[0]!.article.text;
    expect(text.slice(urges.quote.start, urges.quote.end)).toBe(urges.quote.text);
  });

  it('applies the statement filter', async () => {
    const [file] = await exportGraph(store, 'graphml', { relations: ['CRITICIZES'] });
    const g = parseGraphml(MultiDirectedGraph, file!.body);
    expect([g.order, g.size]).toEqual([2, 1]);
  });

  it('rejects an unknown format with a coded error', async () => {
    await expect(exportGraph(store, 'pdf')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('exportGraph on the dev articles', () => {
  it('round-trips GraphML with one edge per speaker, relation and target', async () => {
    const store = await openEmbeddedStore({ dir: tmpdir(), persist: false });
    const graphs = devArticleGraphs();
    await store.upsertArticles(graphs);
    const [file] = await exportGraph(store, 'graphml');
    const g = parseGraphml(MultiDirectedGraph, file!.body);
    const triples = new Set(
      graphs.flatMap((ag) =>
        ag.statements
          .filter((s) => s.speaker && s.target)
          .map((s) => `${s.speaker!.entityId}|${s.relation}|${s.target!.entityId}`),
      ),
    );
    expect(g.size).toBe(triples.size);
    let total = 0;
    g.forEachEdge((_e, a) => (total += a.count as number));
    expect(total).toBe(
      graphs.flatMap((ag) => ag.statements).filter((s) => s.speaker && s.target).length,
    );
    await store.close();
  });
});
