import { normalizeName } from '../../domain/ids.js';
import type { Span } from '../../domain/model.js';
import { gazetteer } from './gazetteer.js';
import { GROUP_NOUNS } from './lexicon.js';
import { isAdjective } from './word-tags.js';

/** A plural noun phrase for a group of people ("Paraguayan officials", "the protesters’"). */
export interface GroupMention extends Span {
  /** Clusters mentions within one document: the head noun, qualified by a nationality if any. */
  groupKey: string;
  name: string;
}

const HEAD = [...GROUP_NOUNS].join('|');
const GROUP = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:((?:[Tt]he|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Aa]ll|\d[\d,]*)\s+)?([\p{L}][\p{L}-]*\s+))?(${HEAD}|${capitalised(HEAD)})['’]?(?![\p{L}'’-])`,
  'gu',
);

function capitalised(alternation: string): string {
  return alternation
    .split('|')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('|');
}

/** Finds group mentions; one regex pass. Modifiers that are demonyms split groups by nation. */
export function findGroups(text: string): GroupMention[] {
  const demonyms = gazetteer().countryByDemonym;
  const out: GroupMention[] = [];
  for (const m of text.matchAll(GROUP)) {
    const head = m[3]!.toLowerCase();
    const modifier = m[2]?.trim() ?? '';
    const nation = modifier && demonyms.has(normalizeName(modifier)) ? modifier : '';
    // Keep only a nationality or a lower-case adjective in the span; drop verbs and names before it.
    const keepModifier = nation !== '' || (/^\p{Ll}/u.test(modifier) && isAdjective(modifier));
    const start = keepModifier
      ? m.index
      : m.index + m[0].length - m[3]!.length - (m[0].endsWith('’') || m[0].endsWith("'") ? 1 : 0);
    const end = m.index + m[0].length;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      groupKey: nation ? `${normalizeName(nation)} ${head}` : head,
      name: nation ? `${nation} ${head}` : head,
    });
  }
  return out;
}
