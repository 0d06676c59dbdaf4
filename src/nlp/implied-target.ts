import type { LocalEntity, Relation } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import { announcedCritique, critiqueIn } from './critique.js';
import { countryIn } from './entities/country-in.js';
import type { DocumentEntities } from './entity-port.js';
import { LEADERSHIP_NOUNS } from './rules/target-lexicon.js';
import type { Sides } from './stance.js';
import { contentTarget, isRebuttal, type TargetDecision } from './target.js';

/**
 * Targets a statement's own sentence leaves implicit, from the article's sides (src/nlp/stance.ts):
 * the second target pass of src/nlp/pipeline.ts.
 */
const ADVERSARIAL = new Set<Relation>(['CRITICIZES', 'ACCUSES', 'DENIES', 'REJECTS']);
const NEUTRAL = new Set<Relation>(['STATES', 'CLAIMS']);
const LED_BY_UNNAMED = new RegExp(
  String.raw`^["“‘']?(?:the\s+)?(?:${[...LEADERSHIP_NOUNS, 'government', 'company', 'council'].join('|')})\b`,
  'iu',
);
/**
 * "They call it renewal. We call it eviction": a complaint about someone the quote leaves unnamed
 * is about the story's accused, even before the speaker's own dispute is stated.
 */
const THIRD_PARTY_SUBJECT = /^(?:they|he|she)\b/iu;
const NONE: TargetDecision = { entity: null, group: null, mention: null, source: 'none' };

export interface Implied {
  target: TargetDecision;
  /** Set when the content shows a plainly reported statement to be a complaint. */
  relation?: { relation: Relation; source: string };
}

/** "Korean" for South Korea, "Bolivian" for Bolivia: a name word's stem starts the demonym. */
const demonymStems = (country: string): string[] =>
  country
    .split(/\s+/u)
    .filter((w) => w.length >= 4)
    .map((w) => w.slice(0, -1));

/** A demonym in the content naming the opponent country ("the Korean delegation"). */
function demonymOf(c: Candidate, opponent: LocalEntity): TargetDecision | null {
  if (opponent.kind !== 'COUNTRY') return null;
  const stems = demonymStems(opponent.name);
  for (const m of c.quote.text.matchAll(/\b\p{Lu}\p{L}+/gu))
    if (
      countryIn([m[0]]) === opponent.name ||
      (/(?:an|ian|ese|ish|i)$/u.test(m[0]) && stems.some((s) => m[0].startsWith(s)))
    ) {
      const start = c.quote.start + m.index;
      return {
        entity: opponent,
        group: null,
        mention: { text: m[0], start, end: start + m[0].length },
        source: 'opponent',
      };
    }
  return null;
}

/**
 * A target read off the content, moved to the opponent's side when the content also names it:
 * "the use of Taurus missiles … would be considered direct participation of Germany".
 */
export function preferOpponent(
  text: string,
  c: Candidate,
  current: TargetDecision,
  speaker: LocalEntity,
  sides: Sides,
  entities: DocumentEntities,
): TargetDecision {
  const opponent = sides.opponent(speaker, c.quote.start);
  if (!opponent || (current.entity && sides.sameSide(current.entity, opponent))) return current;
  const named =
    contentTarget(c, { text, entities, question: null }, (e) => sides.sameSide(e, opponent)) ??
    demonymOf(c, opponent);
  return named ? { ...named, source: 'opponent' } : current;
}

/**
 * The target of a statement whose sentence names none. A plain statement that names the
 * speaker's opponent is about it, and one that complains (src/nlp/critique.ts) is aimed at it; a
 * complaint, denial or warning is aimed at the opponent. A complaint by someone outside the dispute,
 * when its cue says so ("criticised", "accused"), is aimed at the article's main accused.
 */
export function impliedTarget(
  text: string,
  c: Candidate,
  relation: { relation: Relation; source: string },
  speaker: LocalEntity,
  sides: Sides,
  entities: DocumentEntities,
): Implied {
  const rel = relation.relation;
  if (isRebuttal(c, rel)) return { target: NONE };
  const at = c.quote.start;
  const aimed = (e: LocalEntity | null): Implied =>
    e
      ? { target: { entity: e, group: null, mention: null, source: 'discourse' } }
      : { target: NONE };
  if (ADVERSARIAL.has(rel))
    return aimed(
      sides.opponent(speaker, at) ??
        (relation.source.startsWith('cue') || THIRD_PARTY_SUBJECT.test(c.quote.text)
          ? sides.mainAccused(speaker)
          : null),
    );
  if (rel === 'WARNS') return aimed(sides.opponent(speaker, at, true));
  // "ministers 'must not sacrifice …'": an appeal to unnamed leaders goes to the other side.
  if (rel === 'URGES')
    return LED_BY_UNNAMED.test(c.quote.text)
      ? aimed(sides.opponent(speaker, at) ?? sides.mainAccused(speaker))
      : { target: NONE };
  if (!NEUTRAL.has(rel)) return { target: NONE };
  const opponent = sides.opponent(speaker, at);
  const named = opponent
    ? (contentTarget(c, { text, entities, question: null }, (e) => sides.sameSide(e, opponent)) ??
      demonymOf(c, opponent))
    : null;
  const complaint = (): Implied['relation'] => {
    const critique = critiqueIn(c.quote.text) ?? announcedCritique(text, c.quote.start);
    return critique ? { relation: 'CRITICIZES', source: critique.reason } : undefined;
  };
  if (named) return { target: { ...named, source: 'opponent' }, relation: complaint() };
  // Someone outside the dispute complaining about whoever they name ("Nobody from Skyvale called").
  const about = opponent
    ? null
    : contentTarget(
        c,
        { text, entities, question: null },
        (e) => e.kind !== 'COUNTRY' && !sides.sameSide(e, speaker),
      );
  const announced = !opponent && !about ? announcedCritique(text, c.quote.start) : null;
  // "Security researchers were less forgiving. Kitagawa said …": aimed at the story's accused.
  if (announced)
    return {
      ...aimed(sides.mainAccused(speaker)),
      relation: { relation: 'CRITICIZES', source: announced.reason },
    };
  if (!opponent && !about) return { target: NONE };
  const relationOf = complaint();
  if (!relationOf) return { target: NONE };
  if (opponent) return { ...aimed(opponent), relation: relationOf };
  if (about) return { target: about, relation: relationOf };
  return { target: NONE };
}
