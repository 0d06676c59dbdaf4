import { highlightSegments, type MarkedSpan } from './highlight.js';
import type { StatementData } from './types.js';

type Attrs = Record<string, string | number | boolean | undefined>;

/** Element builder; text goes through textContent so article text can never become markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child != null) el.append(child);
  return el;
}

export function statementSpans(s: StatementData): MarkedSpan[] {
  const spans: MarkedSpan[] = [{ mark: 'quote', start: s.quote.start, end: s.quote.end }];
  if (s.cue) spans.push({ mark: 'cue', start: s.cue.start, end: s.cue.end });
  if (s.speakerMention) spans.push({ mark: 'speaker', ...s.speakerMention });
  if (s.targetMention) spans.push({ mark: 'target', ...s.targetMention });
  return spans;
}

/** The sentence with quote, speaker, target and cue marked from their offsets. */
export function highlightedSentence(s: StatementData): HTMLElement {
  const p = h('p', { class: 'sentence' });
  for (const seg of highlightSegments(s.article.text, statementSpans(s))) {
    p.append(seg.mark ? h('mark', { class: seg.mark, title: seg.mark }, seg.text) : seg.text);
  }
  return p;
}

export function provenance(s: StatementData): HTMLElement {
  const a = s.article;
  const date = a.publishedAt ? a.publishedAt.slice(0, 10) : 'undated';
  const link = a.url
    ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.title ?? a.url)
    : h('span', {}, a.title ?? a.id);
  return h(
    'p',
    { class: 'provenance' },
    h('span', { class: 'speaker-name' }, s.speaker?.name ?? 'unattributed'),
    ` ${s.relation.toLowerCase()} `,
    s.target ? h('span', { class: 'target-name' }, s.target.name) : '',
    ` · ${a.outlet ?? 'unknown outlet'} · `,
    h('time', { datetime: date }, date),
    ' · ',
    link,
    ` · confidence ${s.confidence.toFixed(2)}${s.verified ? ' · verified' : ''}`,
  );
}
