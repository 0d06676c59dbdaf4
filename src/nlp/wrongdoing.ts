import type { LocalEntity, Range } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import type { DocumentEntities, EntityMention } from './entity-port.js';
import { WRONGDOING_VERBS } from './rules/wrongdoing-verbs.js';
import { firstIndexAtOrAfter } from './text/search.js';

/**
 * "argued that Osei, who died in 2023, forged several documents": a reported clause whose named
 * subject did something wrong (src/nlp/rules/wrongdoing-verbs.ts) accuses that subject, whatever
 * the cue. The subject may carry an apposition or relative clause between commas.
 */
const DEED = new RegExp(
  String.raw`^(?:\s*,[^,;.]{1,80},)?\s+(?:(?:had|has|have)\s+)?(?:(?:repeatedly|deliberately|knowingly|secretly|systematically|simply)\s+)?(?:${WRONGDOING_VERBS.join('|')})\b`,
  'iu',
);

export interface Accused {
  entity: LocalEntity;
  mention: EntityMention;
}

export function accusedSubject(
  text: string,
  c: Candidate,
  entities: DocumentEntities,
  accept: (e: LocalEntity) => boolean,
): Accused | null {
  if (c.type === 'direct') return null;
  const r: Range = c.quote.fragments?.[0] ?? c.quote;
  const ms = entities.mentions;
  const m = ms[firstIndexAtOrAfter(ms, r.start, (x) => x.start)];
  if (!m || m.start !== r.start || m.form === 'pronoun') return null;
  if (!DEED.test(text.slice(m.end, Math.min(c.quote.end, m.end + 140)))) return null;
  const e = entities.resolve(m);
  return e && e.kind !== 'LOCATION' && accept(e) ? { entity: e, mention: m } : null;
}
