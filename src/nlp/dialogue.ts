import type { LocalEntity, Relation, Span } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import type { DocumentEntities } from './entity-port.js';

/**
 * Whom a quotation in an exchange is addressed to: hearings, interviews, trials and debates quote
 * people talking to each other ("Kovac: 'How much smaller?'", "That's not a fair
 * characterisation, senator."). A vocative names the addressee outright; otherwise a question, a
 * "you", or a rebuttal in a run of alternating quotes is aimed at the other speaker.
 */
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Senator|Minister|Judge|Inspector|Detective|Chancellor|President|Mayor|Councillor|Governor|senator|minister|chairman|chairwoman|chair|madam|mayor|judge|councillor|governor|inspector|detective|doctor)`;
const NAME = String.raw`\p{Lu}[\p{L}’'-]+`;
/** ", senator." / ", Mr Vail?" / ", Alistair." closing a sentence of the quotation. */
const VOCATIVE_END = new RegExp(
  String.raw`,\s+((?:${TITLE}\.?(?:\s+${NAME}){0,2})|${NAME})(?=\s*[.?!]|\s*,?\s*$)`,
  'gu',
);
/** "Mr Penhallow, please …" opening the quotation. */
const VOCATIVE_START = new RegExp(
  String.raw`^((?:${TITLE}\.?\s+)?${NAME}(?:\s+${NAME})?),\s+\p{Ll}`,
  'u',
);
const SECOND_PERSON = /\b(?:you|your|yours)\b/iu;
const REBUTTING = new Set<Relation>(['DENIES', 'REJECTS', 'CRITICIZES', 'ACCUSES', 'ASKS']);
/** At most this much text between two turns of one exchange. */
const TURN_GAP = 400;

export interface Addressed {
  entity: LocalEntity;
  mention: Span | null;
}

/** The person a direct quotation names as its addressee, if any. */
export function vocative(
  c: Candidate,
  speaker: LocalEntity | null,
  entities: DocumentEntities,
): Addressed | null {
  if (c.type !== 'direct') return null;
  const found: { at: number; text: string }[] = [];
  const start = VOCATIVE_START.exec(c.quote.text);
  if (start) found.push({ at: 0, text: start[1]! });
  for (const m of c.quote.text.matchAll(VOCATIVE_END))
    found.push({ at: m.index + m[0].length - m[1]!.length, text: m[1]! });
  for (const v of found) {
    const span = {
      text: v.text,
      start: c.quote.start + v.at,
      end: c.quote.start + v.at + v.text.length,
    };
    const e = entities.resolve(span);
    if (e && e.kind === 'PERSON' && e !== speaker) return { entity: e, mention: span };
  }
  return null;
}

export interface Turn {
  candidate: Candidate;
  speaker: LocalEntity | null;
  /** The entity this turn was aimed at, once decided. */
  target: LocalEntity | null;
}

/**
 * The other party of the exchange this turn belongs to: the speaker of the turn just before, when
 * someone else said it close by; when the speaker also said the turn before, whoever that one was
 * aimed at ("Ashgrove asks Brereton whether …" then "Ashgrove: 'So … you got a bonus.'").
 */
export function interlocutor(turns: readonly Turn[], i: number): LocalEntity | null {
  const turn = turns[i]!;
  const prev = turns[i - 1];
  if (!prev || !turn.speaker || !prev.speaker) return null;
  if (turn.candidate.quote.start - prev.candidate.quote.end > TURN_GAP) return null;
  if (prev.speaker !== turn.speaker) return prev.speaker;
  return prev.target && prev.target !== turn.speaker ? prev.target : null;
}

/**
 * Whether a turn speaks to the other party rather than about the world: a question or rebuttal,
 * or a "you" that is not the generic one of an answer ("you do not pull a medicine because …").
 */
export function addressesInterlocutor(
  turns: readonly Turn[],
  i: number,
  relation: Relation,
): boolean {
  const c = turns[i]!.candidate;
  if (REBUTTING.has(relation)) return true;
  const prev = turns[i - 1]?.candidate;
  const answering = prev !== undefined && /\?["”’]?\s*$/u.test(prev.quote.text);
  return c.type === 'direct' && !answering && SECOND_PERSON.test(c.quote.text);
}
