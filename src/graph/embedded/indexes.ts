import { normalizeName } from '../../domain/ids.js';
import type { Statement } from '../../domain/model.js';

/** Multimap from a key to statement ids, the embedded store's secondary indexes. */
export class SetIndex {
  private readonly map = new Map<string, Set<string>>();

  add(key: string, id: string): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(id);
  }

  remove(key: string, id: string): void {
    const set = this.map.get(key);
    if (!set) return;
    set.delete(id);
    if (set.size === 0) this.map.delete(key);
  }

  get(key: string): ReadonlySet<string> {
    return this.map.get(key) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** Words of a quote as the text filter and search match them. */
export const quoteWords = (text: string): string[] => [
  ...new Set(normalizeName(text).split(' ').filter(Boolean)),
];

/** All secondary indexes over statements, kept in step by index()/unindex(). */
export class StatementIndexes {
  readonly bySpeaker = new SetIndex();
  readonly byTarget = new SetIndex();
  readonly byArticle = new SetIndex();
  readonly byWord = new SetIndex();

  index(s: Statement): void {
    if (s.speaker) this.bySpeaker.add(s.speaker.entityId, s.id);
    if (s.target) this.byTarget.add(s.target.entityId, s.id);
    this.byArticle.add(s.articleId, s.id);
    for (const word of quoteWords(s.quote.text)) this.byWord.add(word, s.id);
  }

  unindex(s: Statement): void {
    if (s.speaker) this.bySpeaker.remove(s.speaker.entityId, s.id);
    if (s.target) this.byTarget.remove(s.target.entityId, s.id);
    this.byArticle.remove(s.articleId, s.id);
    for (const word of quoteWords(s.quote.text)) this.byWord.remove(word, s.id);
  }
}
