import type { LocalEntity, Range, Relation, Span } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import { isAnonymousKey, type DocumentEntities, type EntityMention } from './entity-port.js';
import { ORG_NOUNS } from './entities/lexicon.js';
import { LEADERSHIP_NOUNS, PRODUCT_NOUNS, REPORTED_CLAIM_NOUNS } from './rules/target-lexicon.js';
import { firstIndexAtOrAfter } from './text/search.js';

/**
 * Target of a statement as the sentence states it, most reliable first: the cue's object ("accused
 * Seoul", "urged voters"), the possessor of the object ("called Kitagawa's claims …"), the main
 * entity named in the content. Targets the text leaves implicit come from the article's sides
 * (src/nlp/implied-target.ts), once every stated target is known.
 */
export interface TargetDecision {
  entity: LocalEntity | null;
  /** A group named only by a common noun ("voters"), when no entity is resolvable. */
  group: string | null;
  mention: Span | null;
  /**
   * `institution`: the object names the leaders of an organisation it does not name ("accused
   * management of …"); the article's sides decide which one.
   */
  source:
    | 'object'
    | 'possessor'
    | 'content'
    | 'opponent'
    | 'institution'
    | 'addressee'
    | 'discourse'
    | 'question'
    | 'none';
}

const THINGS = new Set(
  'claims comments remarks plans proposals policies demands figures words statements accusations allegations'.split(
    ' ',
  ),
);
/** What an organisation says or offers ("company assurances", "the union's figure"). */
const SAYINGS =
  /^(?:assurances?|promises?|offers?|decisions?|positions?|accounts?|proposals?|figures?|plans?|statements?|reports?|responses?|arguments?|claims?|comments?|demands?|policy|policies|stance|approach|handling|version|explanation|apology)$/u;
const DETERMINERS = /^(?:the|a|an|all|both|its|his|her|their|our)\s+/iu;
/**
 * "rejected suggestions that Norway had …", "denied claims that the bank …": whoever the rejected
 * claim is about is the accused side, usually the speaker's own, not the one addressed.
 */
export const REPORTED_CLAIM = new RegExp(
  String.raw`^(?:the\s+)?(?:${REPORTED_CLAIM_NOUNS.join('|')})\s+(?:that|of)\b`,
  'iu',
);
const ACCUSING = new Set<Relation>(['ACCUSES', 'CRITICIZES']);
const LOCATIVE = /\b(?:at|in|near|outside|inside|across|throughout)\s+(?:the\s+)?$/iu;
const PRODUCT_AFTER = new RegExp(String.raw`^\s+(?:${PRODUCT_NOUNS.join('|')})\b`, 'u');
const NO_CONTENT_TARGET = new Set<Relation>(['STATES', 'CLAIMS', 'PROMISES']);

const sub = (text: string, start: number, end: number): Span => ({
  text: text.slice(start, end),
  start,
  end,
});

/** The latest entity named before `at` with `head` among its words ("the bank" → Bank of Estoria). */
const headNounPatterns = new Map<string, RegExp>();
/** "the bank" as a whole word inside a name; compiled once per noun (few distinct nouns recur). */
const headNounPattern = (head: string): RegExp => {
  let re = headNounPatterns.get(head);
  if (!re) {
    if (headNounPatterns.size > 1000) headNounPatterns.clear();
    re = new RegExp(String.raw`(?:^|[^\p{L}])${head}(?:$|[^\p{L}])`, 'iu');
    headNounPatterns.set(head, re);
  }
  return re;
};

function byHeadNoun(ents: DocumentEntities, head: string, at: number): LocalEntity | null {
  const re = headNounPattern(head);
  const ms = ents.mentions;
  let found: EntityMention | null = null;
  for (
    let i = Math.max(
      0,
      firstIndexAtOrAfter(ms, at - 20_000, (m) => m.start),
    );
    i < ms.length && ms[i]!.start < at;
    i++
  )
    if (ms[i]!.form === 'name' && re.test(ms[i]!.text)) found = ms[i]!;
  return found ? ents.resolve(found) : null;
}

function resolveNp(text: string, span: Span, ents: DocumentEntities): LocalEntity | null {
  const e = ents.resolve(span);
  if (e) return e;
  const head = /^(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{3,})$/u.exec(
    span.text.trim(),
  );
  return head ? byHeadNoun(ents, head[1]!, span.start) : null;
}

/**
 * "trust managers" → the trust; undefined when the phrase is not headed by a leadership noun, null
 * when it is but names no organisation ("management": left to the article's sides).
 */
function ledBy(text: string, obj: Span, ents: DocumentEntities): LocalEntity | null | undefined {
  const words = obj.text.replace(DETERMINERS, '').split(/\s+/u);
  if (!LEADERSHIP_NOUNS.has(words.at(-1)!.toLowerCase())) return undefined;
  if (words.length === 1) return null;
  const modifier = words.slice(0, -1).join(' ');
  const start = obj.start + obj.text.indexOf(modifier);
  return (
    ents.resolve({ start, end: start + modifier.length }) ??
    (/^[\p{Ll}-]{3,}$/u.test(modifier) ? byHeadNoun(ents, modifier, obj.start) : null)
  );
}

function fromObject(
  text: string,
  obj: Span,
  ents: DocumentEntities,
  speaker: LocalEntity | null,
  previous: LocalEntity | null,
): TargetDecision | null {
  // "urged both sides", "asked each candidate": addressed to several parties, so to no one of them.
  if (/^(?:both|all|each|either)\b/iu.test(obj.text))
    return { entity: null, group: null, mention: obj, source: 'object' };
  if (/^(?:it|them|him|her)$/iu.test(obj.text)) {
    // "urging her to think again": the resolver finds who the pronoun stands for.
    const e = /^it$/iu.test(obj.text) ? null : ents.resolve(obj);
    if (e && e !== speaker) return { entity: e, group: null, mention: obj, source: 'object' };
    return previous && previous !== speaker
      ? { entity: previous, group: null, mention: obj, source: 'object' }
      : null;
  }
  const poss = /^(.+?)['’]s?\s+(\p{L}+)$/u.exec(obj.text);
  const leaders = poss ? LEADERSHIP_NOUNS.has(poss[2]!.toLowerCase()) : false;
  if (
    poss &&
    poss[2]!.endsWith('s') &&
    !THINGS.has(poss[2]!) &&
    !SAYINGS.test(poss[2]!) &&
    !leaders
  )
    return {
      entity: null,
      group: `${poss[1]!.replace(DETERMINERS, '')} ${poss[2]}`,
      mention: obj,
      source: 'object',
    };
  if (poss) {
    const span = sub(text, obj.start, obj.start + poss[1]!.length);
    const e = resolveNp(text, span, ents);
    if (e && e !== speaker) return { entity: e, group: null, mention: span, source: 'possessor' };
    // "the company's assurances" where "the company" names nobody here: the article's sides decide.
    if (!e && ORG_NOUNS.has(poss[1]!.replace(DETERMINERS, '').toLowerCase()))
      return { entity: null, group: null, mention: span, source: 'institution' };
  }
  if (!poss) {
    const led = ledBy(text, obj, ents);
    if (led === null) return { entity: null, group: null, mention: obj, source: 'institution' };
    if (led)
      return led !== speaker ? { entity: led, group: null, mention: obj, source: 'object' } : null;
  }
  const e = resolveNp(text, obj, ents);
  if (e && e !== speaker && e.kind !== 'LOCATION')
    return { entity: e, group: null, mention: obj, source: 'object' };
  if (/^(?:us|me|you)$/iu.test(obj.text)) return null;
  // "dismissed company assurances": an unnamed organisation's words, left to the article's sides.
  const said = /^(\p{Ll}+)\s+(\p{Ll}+)$/u.exec(obj.text.replace(DETERMINERS, ''));
  if (said && ORG_NOUNS.has(said[1]!) && SAYINGS.test(said[2]!))
    return { entity: null, group: null, mention: obj, source: 'institution' };
  const bare = obj.text.replace(DETERMINERS, '').replace(/['’]s\b/gu, '');
  if (
    /^[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}$/u.test(bare) &&
    /s$/u.test(bare) &&
    /^\p{Ll}/u.test(obj.text.replace(DETERMINERS, ''))
  )
    return { entity: null, group: bare.toLowerCase(), mention: obj, source: 'object' };
  return null;
}

export interface TargetContext {
  text: string;
  entities: DocumentEntities;
  speaker: LocalEntity | null;
  /** The target this speaker's previous statement had, if any. */
  previousTarget: LocalEntity | null;
  /** Whether an entity is on the speaker's own side (the speaker, or the party they speak for). */
  ownSide: (e: LocalEntity) => boolean;
  /** In a Q&A transcript, the question this answer replies to: who it names is who the answer is about. */
  question: Range | null;
}

export function decideTarget(c: Candidate, relation: Relation, ctx: TargetContext): TargetDecision {
  const { text, entities, speaker } = ctx;
  if (c.object) {
    const t = fromObject(text, c.object, entities, speaker, ctx.previousTarget);
    if (t) return t;
  }
  // "rejected Mr Witkoff's claim that …": whoever made the rejected claim is its target.
  const claimant = /^((?:the\s+)?(?:\p{Lu}[^,;.]{0,60}?|\p{Ll}+))['’]s?\s+\p{L}+/u.exec(
    c.quote.text,
  );
  if (claimant && c.frame === 'object' && ['REJECTS', 'DENIES'].includes(relation)) {
    const span = sub(text, c.quote.start, c.quote.start + claimant[1]!.length);
    const e = resolveNp(text, span, entities);
    if (e && !ctx.ownSide(e)) return { entity: e, group: null, mention: span, source: 'possessor' };
  }
  if (c.frame === 'object' && !['REJECTS', 'DENIES'].includes(relation)) {
    const np = /^[^,;.]+?(?=\s+(?:for|over|as|of|on)\b|$)/u.exec(c.quote.text);
    if (np) {
      const t = fromObject(
        text,
        sub(text, c.quote.start, c.quote.start + np[0].length),
        entities,
        speaker,
        ctx.previousTarget,
      );
      if (t) return t;
    }
  }
  // "said it supported the nurses' demands": the object of the support verb in the content.
  const verb =
    relation === 'SUPPORTS' || relation === 'PRAISES'
      ? /\b(?:supported|supports|backed|backs|endorsed|endorses|praised|praises)\s+([^,.;]{2,60})/u.exec(
          c.quote.text,
        )
      : null;
  if (verb) {
    const at = c.quote.start + verb.index + verb[0].length - verb[1]!.length;
    const t = fromObject(text, sub(text, at, at + verb[1]!.length), entities, speaker, null);
    if (t) return t;
  }
  // "alleged that he channelled donations …": an accusation is aimed at its clause's subject.
  if (ACCUSING.has(relation) && c.type !== 'direct') {
    const subject = /^(?:he|she|they)\b/iu.exec(c.quote.text);
    const e = subject
      ? entities.resolve({ start: c.quote.start, end: c.quote.start + subject[0].length })
      : null;
    if (e && !ctx.ownSide(e))
      return {
        entity: e,
        group: null,
        mention: sub(text, c.quote.start, c.quote.start + subject![0].length),
        source: 'content',
      };
  }
  if (!NO_CONTENT_TARGET.has(relation) && !isRebuttal(c, relation)) {
    const t = contentTarget(c, ctx, (e) => !ctx.ownSide(e));
    if (t) return t;
  }
  return { entity: null, group: null, mention: null, source: 'none' };
}

/** "rejected suggestions that Norway had …": the content is the claim rejected, not its addressee. */
export const isRebuttal = (c: Candidate, relation: Relation): boolean =>
  (relation === 'REJECTS' || relation === 'DENIES') && REPORTED_CLAIM.test(c.quote.text);

/** The first entity named in the content (or the question answered) that `accept` takes. */
export function contentTarget(
  c: Candidate,
  ctx: Pick<TargetContext, 'text' | 'entities' | 'question'>,
  accept: (e: LocalEntity) => boolean,
): TargetDecision | null {
  const { text, entities } = ctx;
  const ranges: Range[] = [
    ...(ctx.question ? [ctx.question] : []),
    ...(c.quote.fragments ?? [c.quote]),
  ];
  const ms = entities.mentions;
  for (const r of ranges)
    for (
      let i = firstIndexAtOrAfter(ms, r.start, (m) => m.start);
      i < ms.length && ms[i]!.start < r.end;
      i++
    ) {
      const m = ms[i]!;
      if (
        m.end > r.end ||
        m.form === 'pronoun' ||
        isAnonymousKey(m.entityKey.replace(/^w\d+:/u, ''))
      )
        continue;
      // "homework at the Eastgate branch": a name in a place phrase is a setting, not a target.
      if (LOCATIVE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
      // "the use of Taurus missiles": a name labelling a product is not whom the words are aimed at.
      if (PRODUCT_AFTER.test(text.slice(m.end, m.end + 16))) continue;
      const e = entities.resolve(m);
      if (e && e.kind !== 'LOCATION' && accept(e))
        return { entity: e, group: null, mention: m, source: 'content' };
    }
  return null;
}

/** The entity an object phrase names ("Vienna's criticism" → Vienna's country, "trust managers" → the trust). */
export function objectTarget(
  text: string,
  obj: Span,
  entities: DocumentEntities,
  speaker: LocalEntity | null,
): LocalEntity | null {
  return fromObject(text, obj, entities, speaker, null)?.entity ?? null;
}
