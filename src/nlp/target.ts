import type { LocalEntity, Range, Relation, Span } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import { isAnonymousKey, type DocumentEntities, type EntityMention } from './entity-port.js';
import { REPORTED_CLAIM_NOUNS } from './rules/target-lexicon.js';
import { firstIndexAtOrAfter } from './text/search.js';

/**
 * Target of a statement, most reliable first: the cue's object ("accused Seoul", "urged voters"),
 * the possessor of the object ("called Kitagawa's claims …"), the main entity named in the content,
 * then the speaker's previous target in the document for adversarial relations and warnings.
 */
export interface TargetDecision {
  entity: LocalEntity | null;
  /** A group named only by a common noun ("voters"), when no entity is resolvable. */
  group: string | null;
  mention: Span | null;
  source: 'object' | 'possessor' | 'content' | 'discourse' | 'none';
}

const THINGS = new Set(
  'claims comments remarks plans proposals policies demands figures words statements accusations allegations'.split(
    ' ',
  ),
);
const DETERMINERS = /^(?:the|a|an|all|both|its|his|her|their|our)\s+/iu;
const ADVERSARIAL = new Set<Relation>(['CRITICIZES', 'ACCUSES', 'DENIES', 'REJECTS']);
/** Relations that, with no target of their own, keep addressing the party already in dispute. */
const DISCOURSE_TARGET = new Set<Relation>([...ADVERSARIAL, 'WARNS']);
/**
 * "rejected suggestions that Norway had …", "denied claims that the bank …": whoever the rejected
 * claim is about is the accused side, usually the speaker's own, not the one addressed.
 */
const REPORTED_CLAIM = new RegExp(
  String.raw`^(?:the\s+)?(?:${REPORTED_CLAIM_NOUNS.join('|')})\s+(?:that|of)\b`,
  'iu',
);
const NO_CONTENT_TARGET = new Set<Relation>(['STATES', 'CLAIMS', 'PROMISES']);
const SELF_SUBJECT = new Set<Relation>(['REJECTS', 'DENIES', 'PROMISES', 'WARNS', 'URGES']);

const sub = (text: string, start: number, end: number): Span => ({
  text: text.slice(start, end),
  start,
  end,
});

/** The latest entity named before `at` with `head` among its words ("the bank" → Bank of Estoria). */
function byHeadNoun(ents: DocumentEntities, head: string, at: number): LocalEntity | null {
  const re = new RegExp(String.raw`(?:^|[^\p{L}])${head}(?:$|[^\p{L}])`, 'iu');
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

function fromObject(
  text: string,
  obj: Span,
  ents: DocumentEntities,
  speaker: LocalEntity | null,
  previous: LocalEntity | null,
): TargetDecision | null {
  if (/^(?:both|all|each|either)\b/iu.test(obj.text)) return null;
  if (/^(?:it|them|him|her)$/iu.test(obj.text))
    return previous && previous !== speaker
      ? { entity: previous, group: null, mention: obj, source: 'object' }
      : null;
  const poss = /^(.+?)['’]s?\s+(\p{L}+)$/u.exec(obj.text);
  if (poss && poss[2]!.endsWith('s') && !THINGS.has(poss[2]!))
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
  }
  const e = resolveNp(text, obj, ents);
  if (e && e !== speaker && e.kind !== 'LOCATION')
    return { entity: e, group: null, mention: obj, source: 'object' };
  if (/^(?:us|me|you)$/iu.test(obj.text)) return null;
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
  /** The most recent target of an adversarial statement in the document: the conflict in focus. */
  focus: LocalEntity | null;
  /** In a Q&A transcript, the question this answer replies to: who it names is who the answer is about. */
  question: Range | null;
}

export function decideTarget(c: Candidate, relation: Relation, ctx: TargetContext): TargetDecision {
  const { text, entities, speaker } = ctx;
  if (c.object) {
    const t = fromObject(text, c.object, entities, speaker, ctx.previousTarget);
    if (t) return t;
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
    /\b(?:supported|supports|backed|backs|endorsed|endorses|praised|praises)\s+([^,.;]{2,60})/u.exec(
      c.quote.text,
    );
  if (verb && (relation === 'SUPPORTS' || relation === 'PRAISES')) {
    const at = c.quote.start + verb.index + verb[0].length - verb[1]!.length;
    const t = fromObject(text, sub(text, at, at + verb[1]!.length), entities, speaker, null);
    if (t) return t;
  }
  const rebuttal =
    (relation === 'REJECTS' || relation === 'DENIES') && REPORTED_CLAIM.test(c.quote.text);
  if (!NO_CONTENT_TARGET.has(relation) && !rebuttal) {
    const ranges: Range[] = [
      ...(ctx.question ? [ctx.question] : []),
      ...(c.quote.fragments ?? [c.quote]),
    ];
    // The subject of a refusal, promise or warning is the speaker's own side ("Canada would not accept").
    const skipSubject = SELF_SUBJECT.has(relation) && c.type !== 'direct';
    for (const r of ranges) {
      const ms = entities.mentions;
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
        if (skipSubject && m.start - c.quote.start < 3) continue;
        const e = entities.resolve(m);
        if (e && e !== speaker && e.kind !== 'LOCATION')
          return { entity: e, group: null, mention: m, source: 'content' };
      }
    }
  }
  if (DISCOURSE_TARGET.has(relation) && !rebuttal) {
    const t = ctx.previousTarget ?? ctx.focus;
    if (t && t !== speaker) return { entity: t, group: null, mention: null, source: 'discourse' };
  }
  return { entity: null, group: null, mention: null, source: 'none' };
}
