import { readFileSync } from 'node:fs';
import { articleId } from '../../src/domain/ids.js';
import {
  isEntityKind,
  isRelation,
  type ArticleGraph,
  type EntityKind,
  type Extraction,
  type LocalEntity,
  type Quotation,
  type QuoteType,
  type Range,
  type Span,
} from '../../src/domain/model.js';
import { buildArticleGraph } from '../../src/graph/build-article-graph.js';

interface GoldQuote {
  type: QuoteType;
  content: Span & { fragments?: Range[] };
  speaker: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  relation: string;
  target: string | null;
}
interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
  entities: { name: string; type: string; mentions: string[] }[];
}

const DEV_JSONL = new URL('../../data/dev/dev.jsonl', import.meta.url);

/**
 * The hand-annotated dev set as store input: speakers, targets and relations from the gold, so
 * the graph has typed speaker→target edges. `copies` > 1 repeats the corpus with distinct
 * article texts (hence ids) and dates, sharing the entities, for ingest benchmarks.
 */
export const goldArticleGraphs = (copies = 1): ArticleGraph[] => {
  const docs = readFileSync(DEV_JSONL, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as GoldDoc);
  const graphs: ArticleGraph[] = [];
  for (let copy = 0; copy < copies; copy++) {
    docs.forEach((doc, i) => {
      const text = copy === 0 ? doc.text : `${doc.text}\n\n[edition ${copy + 1}]`;
      const day = new Date(Date.UTC(2026, 2, 1 + ((i + copy * docs.length) % 60)));
      graphs.push(
        buildArticleGraph(
          {
            id: articleId(text),
            url: `https://news.example/${doc.id}/${copy + 1}`,
            title: doc.id,
            source: i % 2 ? 'Northwire' : 'Eastwire',
            publishedAt: day.toISOString().slice(0, 10),
            text,
          },
          extractionOf(doc),
        ),
      );
    });
  }
  return graphs;
};

const extractionOf = (doc: GoldDoc): Extraction => {
  const entities = new Map<string, LocalEntity>();
  const entityFor = (name: string): LocalEntity => {
    let entity = entities.get(name);
    if (!entity) {
      const declared = doc.entities.find((e) => e.name === name);
      const kind: EntityKind =
        declared && isEntityKind(declared.type) ? declared.type : 'ORGANIZATION';
      entity = { key: name, name, kind, mentions: [] };
      entities.set(name, entity);
    }
    return entity;
  };
  const quotations: Quotation[] = doc.quotes.map((q) => {
    const speaker = q.speaker ? entityFor(q.speaker) : null;
    if (speaker && q.speakerMention) speaker.mentions.push(q.speakerMention);
    const target = q.target ? entityFor(q.target) : null;
    return {
      quote: q.content,
      type: q.type,
      speaker: speaker ? { entityKey: speaker.key, mention: q.speakerMention } : null,
      cue: q.cue,
      relation: isRelation(q.relation) ? q.relation : 'STATES',
      target: target ? { entityKey: target.key, mention: null } : null,
      confidence: 0.9,
      reason: 'gold',
    };
  });
  return { quotations, entities: [...entities.values()] };
};
