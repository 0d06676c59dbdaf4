/** The dev articles as ArticleGraphs built from their gold annotations: a known, rich graph. */
import { readFileSync } from 'node:fs';
import { articleId } from '../../src/domain/ids.js';
import type {
  ArticleGraph,
  EntityKind,
  Extraction,
  QuoteType,
  Relation,
  Span,
} from '../../src/domain/model.js';
import { buildArticleGraph } from '../../src/graph/build-article-graph.js';

interface GoldQuote {
  type: QuoteType;
  content: Span;
  speaker: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  relation: Relation;
  target: string | null;
}
interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
  entities: { name: string; type: EntityKind; mentions: string[] }[];
}

const OUTLETS = ['Northwire', 'Harbour Gazette', 'Civic Ledger'];

export function devGoldDocs(): GoldDoc[] {
  const file = new URL('../../data/dev/dev.jsonl', import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as GoldDoc);
}

/** Article n is dated 2026-03-(n+1) and assigned to one of three outlets, so filters have work. */
export function devArticleGraphs(): ArticleGraph[] {
  return devGoldDocs().map((doc, n) => {
    const extraction: Extraction = {
      entities: doc.entities.map((e) => ({
        key: e.name,
        name: e.name,
        kind: e.type,
        mentions: [],
      })),
      quotations: doc.quotes.map((q) => ({
        quote: q.content,
        type: q.type,
        speaker: q.speaker ? { entityKey: q.speaker, mention: q.speakerMention } : null,
        cue: q.cue,
        relation: q.relation,
        target: q.target ? { entityKey: q.target, mention: null } : null,
        confidence: 0.9,
        reason: 'gold',
      })),
    };
    const article = {
      id: articleId(doc.text),
      url: `https://news.example/${doc.id}`,
      title: doc.text.split('\n')[0]?.slice(0, 120) ?? doc.id,
      source: OUTLETS[n % OUTLETS.length] ?? null,
      publishedAt: `2026-03-${String(n + 1).padStart(2, '0')}`,
      text: doc.text,
    };
    return buildArticleGraph(article, extraction);
  });
}
