/**
 * A deterministic synthetic graph for benchmarks: articles of ten attributed quotes each,
 * speakers and targets drawn with a skew (a few entities are very active, most are not),
 * plus fixed "probe" entities whose statement count does not change with graph size, so an
 * indexed filter on them should cost the same at 10^4 and 10^6 statements.
 */
import { articleId, entityId, quoteId, statementId } from '../src/domain/ids.js';
import {
  RELATIONS,
  type ArticleGraph,
  type Entity,
  type EntityKind,
  type Statement,
} from '../src/domain/model.js';

export interface GeneratedGraph {
  graphs: ArticleGraph[];
  /** Speaker with exactly `probeStatements` statements, each aimed at `probeTarget`. */
  probeSpeaker: string;
  probeTarget: string;
  statementCount: number;
}

const STATEMENTS_PER_ARTICLE = 10;
const OUTLETS = ['Northwire', 'Daily Ledger', 'Harbour Post', 'Evening Courier', 'Metro Times'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'del', 'sa', 'nor', 'pe', 'qui', 'bar'];

/** mulberry32: tiny seeded PRNG so every run builds the same graph. */
const prng = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const word = (n: number) => {
  let w = '';
  do {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return w;
};
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function generateGraph(
  statementCount: number,
  probeStatements = 40,
  seed = 7,
): GeneratedGraph {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  /** Skewed choice: low indexes far more often (activity in news is heavy-tailed). */
  const skewed = <T>(items: readonly T[]) => items[Math.floor(random() ** 3 * items.length)]!;
  const entity = (kind: EntityKind, name: string): Entity => ({
    id: entityId(kind, name),
    name,
    kind,
    aliases: [],
  });
  const people = Array.from({ length: Math.max(200, statementCount / 40) }, (_, i) =>
    entity('PERSON', `${cap(word(i * 7 + 3))} ${cap(word(i + 1000))}`),
  );
  const others = [
    ...Array.from({ length: 80 }, (_, i) => entity('COUNTRY', `Republic of ${cap(word(i + 50))}`)),
    ...Array.from({ length: 200 }, (_, i) => entity('ORGANIZATION', `${cap(word(i + 400))} Group`)),
  ];
  const targets = [...others, ...people];
  const probeSpeaker = entity('PERSON', 'Probe Speaker');
  const probeTarget = entity('COUNTRY', 'Probe Land');
  const vocabulary = Array.from({ length: 3000 }, (_, i) => word(i + 20));

  const graphs: ArticleGraph[] = [];
  const articles = Math.ceil(statementCount / STATEMENTS_PER_ARTICLE);
  const probeEvery = Math.max(1, Math.floor(articles / probeStatements));
  let made = 0;
  let probes = 0;
  for (let a = 0; a < articles; a++) {
    let text = `Report ${a}.\n\n`;
    const used = new Map<string, Entity>();
    const pending: Omit<Statement, 'id' | 'articleId' | 'quote'>[] = [];
    const quotes: { start: number; end: number; text: string }[] = [];
    for (let k = 0; k < STATEMENTS_PER_ARTICLE && made < statementCount; k++, made++) {
      const isProbe = k === 0 && a % probeEvery === 0 && probes < probeStatements;
      if (isProbe) probes++;
      const speaker = isProbe ? probeSpeaker : skewed(people);
      const target = isProbe ? probeTarget : random() < 0.7 ? skewed(targets) : null;
      const words = Array.from({ length: 6 + Math.floor(random() * 8) }, () => skewed(vocabulary));
      const quote = cap(words.join(' ')) + ',';
      const start = text.length + 1;
      text += `"${quote}" ${speaker.name} said${target ? ` of ${target.name}` : ''}.\n`;
      quotes.push({ start, end: start + quote.length, text: quote });
      used.set(speaker.id, speaker);
      if (target) used.set(target.id, target);
      pending.push({
        speaker: { entityId: speaker.id, mention: null },
        target: target ? { entityId: target.id, mention: null } : null,
        cue: null,
        relation: pick(RELATIONS),
        confidence: Math.round((0.5 + random() * 0.5) * 100) / 100,
        verified: false,
        reason: 'generated',
      });
    }
    const id = articleId(text);
    const day = new Date(Date.UTC(2025, 0, 1) + (a % 365) * 86_400_000).toISOString();
    graphs.push({
      article: {
        id,
        url: null,
        title: `Report ${a}`,
        source: pick(OUTLETS),
        publishedAt: day,
        text,
      },
      entities: [...used.values()],
      statements: pending.map((p, i) => ({
        ...p,
        id: statementId(id, quotes[i]!),
        articleId: id,
        quote: { ...quotes[i]!, id: quoteId(id, quotes[i]!), type: 'direct' as const },
      })),
    });
  }
  return {
    graphs,
    probeSpeaker: probeSpeaker.id,
    probeTarget: probeTarget.id,
    statementCount: made,
  };
}
