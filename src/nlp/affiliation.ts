import type { LocalEntity, Range } from '../domain/model.js';
import { countries } from 'countries-list';
import { countryIn } from './entities/country-in.js';
import type { DocumentEntities, EntityMention } from './entity-port.js';
import { ENTITY_WINDOW } from './entity-windows.js';
import { PERSON_ROLES } from './entities/lexicon.js';
import { ORG_NOUN_KIN } from './entities/organisation-nouns.js';
import { PAST_ROLE_WORDS, REPRESENTATIVE_ROLES } from './rules/affiliation-roles.js';
import { GOVERNMENT_SEATS } from './rules/government-seats.js';
import { firstIndexAtOrAfter } from './text/search.js';

/**
 * The organisation or country each person (or group) speaks for, read off the titles and
 * appositions that introduce them: "Canadian Trade Minister Eleanor Marchetti" → Canada, "South
 * Korea's trade minister, Han Do-yun" → South Korea, "Kowalczyk, the union's general secretary" →
 * the union, "Its chairwoman, Seo Min-ji" → the organisation just named, "Paraguayan officials" →
 * Paraguay. Only representative roles count: an analyst at a firm speaks for herself.
 */
export type Affiliations = ReadonlyMap<string, LocalEntity>;

const ACTOR_KINDS = new Set(['ORGANIZATION', 'COUNTRY']);
/** Roles that speak for someone by definition: with no organisation named, the one just named. */
const SPOKESPEOPLE = /^(?:spokesman|spokeswoman|spokesperson)$/u;
/** Words that end a title's noun phrase: what follows says where the role is, not what it is. */
const PHRASE_END = new Set(['of', 'at', 'for', 'in', 'with', 'from', 'on', 'to', 'who', 'and']);
const PREPOSITION_BEFORE =
  /\b(?:in|at|on|to|from|with|by|for|of|against|over|into|about)\s+(?:the\s+)?$/iu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.&-]*/gu;
/** How far back "its chairwoman" or "a spokesperson" looks for the organisation meant. */
const BACK_REFERENCE = 400;
/** How far back "the union's …" looks for the union's name (an entity-analysis window). */
const NOUN_REACH = ENTITY_WINDOW;

interface Word extends Range {
  text: string;
  lower: string;
}

const surfaceKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .replace(/^(?:the|its|their)\s+/u, '')
    .trim();

const wordsOf = (text: string, start: number): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase().replace(/[’']s?$/u, ''),
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));

class ActorIndex {
  private readonly bySurface = new Map<string, string>();
  private readonly actorMentions: EntityMention[];
  private readonly byKey = new Map<string, LocalEntity>();
  private readonly countries = new Map<string, LocalEntity>();

  constructor(
    private readonly text: string,
    private readonly ents: DocumentEntities,
  ) {
    for (const e of ents.entities) {
      this.byKey.set(e.key, e);
      if (e.kind === 'COUNTRY' && !this.countries.has(e.name)) this.countries.set(e.name, e);
    }
    this.actorMentions = ents.mentions.filter(
      (m) => ACTOR_KINDS.has(m.kind) && !m.entityKey.startsWith('anon-'),
    );
    for (const m of this.actorMentions) {
      const key = surfaceKey(m.text);
      if (key && !this.bySurface.has(key)) this.bySurface.set(key, m.entityKey);
    }
  }

  country(name: string): LocalEntity | null {
    return this.countries.get(name) ?? null;
  }

  entity(key: string | undefined): LocalEntity | null {
    return key ? (this.byKey.get(key) ?? null) : null;
  }

  /**
   * What "its"/"a spokesperson" at `at` refers to: in the latest sentence naming an organisation
   * or country, the first one in subject position (not after a preposition), else the latest.
   */
  before(at: number, sameSentence = false): LocalEntity | null {
    const ms = this.actorMentions;
    const i = firstIndexAtOrAfter(ms, at, (m) => m.start) - 1;
    let latest: EntityMention | null = null;
    let subject: EntityMention | null = null;
    for (let k = i; k >= 0 && ms[k]!.start >= at - BACK_REFERENCE; k--) {
      const m = ms[k]!;
      if (m.end > at) continue;
      const boundary = /[.!?]["”’]?\s|\n/u;
      if (latest && boundary.test(this.text.slice(m.end, latest.start))) break;
      if (sameSentence && boundary.test(this.text.slice(m.end, at))) break;
      latest ??= m;
      if (!PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, m.start - 12), m.start)))
        subject = m;
    }
    return this.entity((subject ?? latest)?.entityKey);
  }

  /** An organisation or country the words name: the longest known surface form, else a demonym. */
  named(words: Word[]): LocalEntity | null {
    for (let n = Math.min(5, words.length); n >= 1; n--)
      for (let i = 0; i + n <= words.length; i++) {
        const key = surfaceKey(
          words
            .slice(i, i + n)
            .map((w) => w.text)
            .join(' '),
        );
        const hit = this.entity(this.bySurface.get(key));
        if (hit) return hit;
      }
    const country = countryIn(words.map((w) => w.text));
    if (country) return this.country(country);
    const owner = words.find(
      (w, i) => i > 0 && words[i - 1]!.lower === 'the' && /[’']s$/u.test(w.text),
    );
    return owner ? this.byNoun(owner.lower, owner.start) : null;
  }

  /** "the union's …" → the latest organisation named with that noun or its kin ("… Federation"). */
  private byNoun(noun: string, at: number): LocalEntity | null {
    const kin = new Set([noun, ...(ORG_NOUN_KIN.get(noun) ?? [])]);
    const ms = this.actorMentions;
    // Back from `at`, no further than one analysis window: linear however long the text.
    for (let i = firstIndexAtOrAfter(ms, at, (m) => m.start) - 1; i >= 0; i--) {
      const m = ms[i]!;
      if (m.start < at - NOUN_REACH) break;
      if (
        m.kind === 'ORGANIZATION' &&
        m.form === 'name' &&
        m.text
          .toLowerCase()
          .split(/\s+/u)
          .some((w) => kin.has(w))
      )
        return this.entity(m.entityKey);
    }
    return null;
  }
}

/** Text right after a mention that describes it: ", the union's general secretary,". */
function appositionAfter(text: string, end: number): Range | null {
  const m = /^,\s+([^,.;:()\n"“”]{2,90}?)(?=[,.;:()\n"“”]|$)/u.exec(text.slice(end, end + 100));
  if (!m) return null;
  const start = end + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length };
}

/** The role noun heading the title ("chief economist at X" → economist); null if a verb intervenes. */
function roleHead(words: Word[]): Word | null {
  let head: Word | null = null;
  for (const w of words) {
    if (PHRASE_END.has(w.lower)) break;
    if (/^\p{Ll}+ed$/u.test(w.text)) return null;
    if (PERSON_ROLES.has(w.lower) || REPRESENTATIVE_ROLES.has(w.lower)) head = w;
  }
  return head;
}

/** Any representative role word at all: most zones have none, and this tells without tokenising. */
const ANY_REPRESENTATIVE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${[...REPRESENTATIVE_ROLES].join('|')})(?![\p{L}])`,
  'iu',
);

function tieIn(
  index: ActorIndex,
  text: string,
  zone: Range,
  self: LocalEntity,
  ownWords: ReadonlySet<string>,
): LocalEntity | null {
  const zoneText = text.slice(zone.start, zone.end);
  if (!ANY_REPRESENTATIVE.test(zoneText)) return null;
  const words = wordsOf(zoneText, zone.start).filter((w) => !ownWords.has(w.lower));
  if (words.some((w) => PAST_ROLE_WORDS.has(w.lower))) return null;
  const role = roleHead(words);
  if (!role || !REPRESENTATIVE_ROLES.has(role.lower)) return null;
  const lead = words[0]?.lower;
  const found = lead === 'its' || lead === 'their' ? index.before(zone.start) : index.named(words);
  if (found && found.key !== self.key) return found;
  // "Castlebridge have rejected …, with manager Gareth Pyle insisting": the sentence's organisation.
  return index.before(zone.start, !SPOKESPEOPLE.test(role.lower));
}

const CLAUSE_WORDS = new Set([
  'said',
  'says',
  'told',
  'added',
  'with',
  'and',
  'by',
  'as',
  'to',
  'that',
  'from',
  'when',
  'while',
  'after',
  'before',
  'according',
  'wrote',
  'asked',
]);

const TITLE_CHAR = /[\p{L}’'-]/u;

/** A title right before a name that does not include it: "said union general secretary Name". */
function titleBefore(text: string, start: number): Range | null {
  // Walks back word by word (a backtracking regex here cost a tenth of extraction time).
  let from = start;
  for (let words = 0, space = start - 1; words < 6 && text[space] === ' '; words++) {
    let w = space;
    while (w > 0 && TITLE_CHAR.test(text[w - 1]!)) w--;
    if (w === space || CLAUSE_WORDS.has(text.slice(w, space).toLowerCase())) break;
    from = w;
    space = w - 1;
  }
  return from < start ? { start: from, end: start - 1 } : null;
}

/** Seat of government (lower-cased, no leading "the") → the country's gazetteer name. */
const SEAT_COUNTRY: ReadonlyMap<string, string> = new Map(
  Object.entries(GOVERNMENT_SEATS).flatMap(([code, seats]) =>
    seats.map((seat) => [seat.toLowerCase(), countries[code as keyof typeof countries].name]),
  ),
);

export function findAffiliations(text: string, ents: DocumentEntities): Affiliations {
  const index = new ActorIndex(text, ents);
  const out = new Map<string, LocalEntity>();
  const byKey = new Map(ents.entities.map((e) => [e.key, e]));
  const ownWords = new Map<string, Set<string>>();
  for (const e of ents.entities) {
    const country = SEAT_COUNTRY.get(e.name.toLowerCase().replace(/^the\s+/u, ''));
    const state = country ? index.country(country) : null;
    if (state) out.set(e.key, state);
  }
  for (const m of ents.mentions) {
    if (m.form === 'pronoun' || out.has(m.entityKey)) continue;
    if (m.kind !== 'PERSON' && m.kind !== 'GROUP') continue;
    const self = byKey.get(m.entityKey);
    if (!self) continue;
    let own = ownWords.get(self.key);
    if (!own) ownWords.set(self.key, (own = new Set(self.name.toLowerCase().split(/\s+/u))));
    const tie = [
      m,
      titleBefore(text, m.start),
      appositionAfter(text, m.end),
    ].reduce<LocalEntity | null>(
      (found, zone) => found ?? (zone ? tieIn(index, text, zone, self, own) : null),
      null,
    );
    if (tie) out.set(self.key, tie);
  }
  return out;
}
