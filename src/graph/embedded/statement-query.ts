import type {
  Article,
  Page,
  PageArgs,
  Statement,
  StatementFilter,
  StatementOrder,
} from '../../domain/model.js';
import { pageSorted } from '../paging.js';
import { quoteWords, type StatementIndexes } from './indexes.js';
import { compareKeys, sortKey } from './statement-order.js';

export interface QueryState {
  statements: ReadonlyMap<string, Statement>;
  articles: ReadonlyMap<string, Article>;
  indexes: StatementIndexes;
  /** Sorted candidate lists, valid until the next write. */
  sortedCache: Map<string, Statement[]>;
}

/** Inclusive date bounds: "2026-03-14" as `to` keeps everything published that day. */
export function withinDates(published: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!published) return false;
  if (from && published.slice(0, from.length) < from) return false;
  if (to && published.slice(0, to.length) > to) return false;
  return true;
}

/** The narrowest index lookup that the filter allows, named for the sorted-list cache. */
function candidates(
  state: QueryState,
  filter: StatementFilter,
): { key: string; ids: Iterable<string> } | null {
  const { indexes } = state;
  const options: { key: string; ids: ReadonlySet<string> }[] = [];
  if (filter.articleId)
    options.push({ key: `a:${filter.articleId}`, ids: indexes.byArticle.get(filter.articleId) });
  if (filter.speaker)
    options.push({ key: `s:${filter.speaker}`, ids: indexes.bySpeaker.get(filter.speaker) });
  if (filter.target)
    options.push({ key: `t:${filter.target}`, ids: indexes.byTarget.get(filter.target) });
  if (filter.between?.length) {
    const ids = new Set<string>();
    for (const id of filter.between) for (const s of indexes.bySpeaker.get(id)) ids.add(s);
    options.push({ key: `b:${[...filter.between].sort().join(',')}`, ids });
  }
  if (filter.text) {
    const words = quoteWords(filter.text)
      .map((w) => indexes.byWord.get(w))
      .sort((a, b) => a.size - b.size);
    const [first, ...rest] = words;
    const ids = new Set<string>();
    if (first) for (const id of first) if (rest.every((set) => set.has(id))) ids.add(id);
    options.push({ key: `w:${filter.text}`, ids });
  }
  if (!options.length) return null;
  return options.reduce((a, b) => (b.ids.size < a.ids.size ? b : a));
}

function matcher(state: QueryState, filter: StatementFilter): (s: Statement) => boolean {
  const between = filter.between?.length ? new Set(filter.between) : null;
  const relations = filter.relations?.length ? new Set(filter.relations) : null;
  const outlet = filter.outlet?.toLowerCase();
  const words = filter.text ? quoteWords(filter.text) : null;
  return (s) => {
    if (filter.articleId && s.articleId !== filter.articleId) return false;
    if (filter.speaker && s.speaker?.entityId !== filter.speaker) return false;
    if (filter.target && s.target?.entityId !== filter.target) return false;
    if (between && !(s.speaker && s.target)) return false;
    if (between && !(between.has(s.speaker!.entityId) && between.has(s.target!.entityId)))
      return false;
    if (relations && !relations.has(s.relation)) return false;
    if (filter.quoteType && s.quote.type !== filter.quoteType) return false;
    if (filter.minConfidence !== undefined && s.confidence < filter.minConfidence) return false;
    if (filter.verified !== undefined && s.verified !== filter.verified) return false;
    const article = state.articles.get(s.articleId);
    if (outlet !== undefined && article?.source?.toLowerCase() !== outlet) return false;
    if (!withinDates(article?.publishedAt ?? null, filter.from, filter.to)) return false;
    if (words) {
      const own = new Set(quoteWords(s.quote.text));
      if (!words.every((w) => own.has(w))) return false;
    }
    return true;
  };
}

/** Conditions the candidate index answers exactly, so no statement needs checking one by one. */
const EXACT_BY_INDEX = new Set(['speaker', 'target', 'articleId']);

function candidatesAreExact(filter: StatementFilter): boolean {
  const given = Object.entries(filter).filter(
    ([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0),
  );
  return given.length === 0 || (given.length === 1 && EXACT_BY_INDEX.has(given[0]![0]));
}

export function queryStatements(
  state: QueryState,
  filter: StatementFilter,
  page: PageArgs,
  order: StatementOrder,
): Page<Statement> {
  const publishedOf = (s: Statement) => state.articles.get(s.articleId)?.publishedAt ?? null;
  const keyOf = (s: Statement) => sortKey(s, order, publishedOf);
  const source = candidates(state, filter);
  const cacheKey = `${order}|${source?.key ?? '*'}`;
  let sorted = state.sortedCache.get(cacheKey);
  if (!sorted) {
    const ids = source ? source.ids : state.statements.keys();
    sorted = [...ids].map((id) => state.statements.get(id)!).filter(Boolean);
    const keys = new Map(sorted.map((s) => [s, keyOf(s)]));
    sorted.sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!, order));
    if (!filter.text) state.sortedCache.set(cacheKey, sorted);
  }
  // Without this, an unfiltered page would test every stored statement on every request.
  const matches = candidatesAreExact(filter) ? sorted : sorted.filter(matcher(state, filter));
  return pageSorted(matches, page, keyOf, (s, key) => compareKeys(keyOf(s), key, order));
}
