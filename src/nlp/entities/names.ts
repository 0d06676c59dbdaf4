import type { EntityKind } from '../../domain/model.js';
import { gazetteer } from './gazetteer.js';
import {
  COMPANY_NAME_ENDINGS,
  COMPANY_NOUNS,
  HONORIFICS,
  ORG_NOUNS,
  NON_ENTITY_HEADS,
  NAME_CONNECTORS,
  NON_NAME_WORDS,
  ORG_HEADS,
  PERSON_ROLES,
  PLACE_HEADS,
  ROLE_GENDER,
  type Gender,
} from './lexicon.js';
import { fold, foldToken, soundOfFolded } from './name-keys.js';
import { mapPacked } from '../packed.js';
import type { Token } from './tokens.js';
import {
  firstNameGender,
  isCommonWord,
  isDemonymWord,
  isFirstName,
  isNonNounWord,
  isPlaceName,
} from './word-tags.js';

/** A capitalised name found in the text, typed as far as its own words allow. */
export interface NameCandidate {
  /** Mention span: the name with any title in the same capitalised run ("Mayor Lorraine Voss"). */
  start: number;
  end: number;
  /** The name proper: titles and possessive removed, all-caps words title-cased. */
  nameTokens: string[];
  /** Null when one unknown word cannot be typed alone ("Lumora", "Northwire"). */
  kind: EntityKind | null;
  /** Canonical country for COUNTRY names, capitals and datelines of capitals. */
  country: string | null;
  roles: Set<string>;
  gender: Gender;
  /** Introduced with an honorific or role title. */
  titled: boolean;
  /** All-caps label opening a paragraph ("BRANDT:"), as in interview transcripts. */
  label: boolean;
}

const lower = (t: string): string => {
  const l = t.toLowerCase();
  return l.endsWith('.') ? l.slice(0, -1) : l;
};
const stripPossessive = (t: string): string => t.replace(/['’]s?$/u, '');
const titleCase = (t: string): string =>
  t
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

const isTitleWord = (t: string): boolean => HONORIFICS.has(lower(t)) || PERSON_ROLES.has(lower(t));

/**
 * Capitalised words seen mid-sentence somewhere: evidence that a sentence-initial one is a name.
 * They match by sound (transliterations count), but a word found in its exact folded form needs
 * no sound key, so the keys, which cost a double-metaphone each, are computed only on a miss.
 */
class MidSentenceWords {
  private readonly folded = new Set<string>();
  private sounds: Set<string> | null = null;

  constructor(tokens: Token[]) {
    for (const t of tokens)
      if (t.capitalized && !t.sentenceStart) this.folded.add(foldToken(t.text));
  }

  has(word: string): boolean {
    const f = foldToken(word);
    if (this.folded.has(f)) return true;
    this.sounds ??= new Set([...this.folded].map(soundOfFolded));
    return this.sounds.has(soundOfFolded(f));
  }
}

/** Groups tokens into capitalised runs ("Bank of Estoria" joins through a connector). */
function runs(tokens: Token[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalized) continue;
    const run = [i];
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.joined) {
      const next = tokens[j + 1]!;
      if (next.capitalized) {
        run.push(++j);
        continue;
      }
      const after = tokens[j + 2];
      const afterThe = next.text === 'of' && after?.text === 'the' ? tokens[j + 3] : undefined;
      // "Bank of Estoria", "Federation of Small Businesses": only right after an organisation
      // head word, and never onto a person ("Athletic for Sander Achterberg").
      const rightStart = afterThe ?? after;
      const orgHead =
        ORG_HEADS.has(tokens[j]!.text.toLowerCase()) &&
        (next.text === 'of' ||
          run.length === 1 ||
          (run.length === 2 && tokens[i]!.text === 'The')) &&
        rightStart !== undefined &&
        !isFirstName(rightStart.text.toLowerCase());
      // "Maritime and Harbour Workers Union", "Food and Drug Administration": an "and" inside a
      // name whose capitalised words end in an organisation head word.
      if ((next.text === 'and' || next.text === '&') && after?.joined && after.capitalized) {
        let k = j + 2;
        while (
          k + 1 < tokens.length &&
          k < j + 6 &&
          tokens[k + 1]!.joined &&
          tokens[k + 1]!.capitalized
        )
          k++;
        const head = tokens[k]!.text.toLowerCase();
        if (ORG_HEADS.has(head) || COMPANY_NAME_ENDINGS.has(head)) {
          for (let m = j + 1; m <= k; m++) run.push(m);
          j = k;
          continue;
        }
      }
      if (orgHead && NAME_CONNECTORS.has(next.text) && after?.joined && after.capitalized) {
        run.push(j + 1, j + 2);
        j += 2;
      } else if (orgHead && afterThe?.joined && afterThe.capitalized && after?.joined) {
        run.push(j + 1, j + 2, j + 3);
        j += 3;
      } else break;
    }
    out.push(run);
    i = j;
  }
  return out;
}

/** Finds and types every capitalised name; pure and linear in the number of tokens. */
export function findNames(
  text: string,
  tokens: Token[],
  lowerWords: ReadonlySet<string>,
): NameCandidate[] {
  const gaz = gazetteer();
  const found: NameCandidate[] = [];
  const midSentence = new MidSentenceWords(tokens);
  const known = (run: number[]): boolean => {
    const key = fold(mapPacked(run, (i) => tokens[i]!.text).join(' '));
    return gaz.countryByName.has(key) || gaz.countryByCapital.has(key) || isPlaceName(key);
  };
  for (const full of runs(tokens)) {
    // Fast path for the commonest capitalised words: "The", "He", "In", "It".
    if (full.length === 1 && NON_NAME_WORDS.has(lower(tokens[full[0]!]!.text))) continue;
    let run = full;
    // Drop words capitalised only because they open a sentence ("The", "Asked", "Officials").
    while (run.length > 0 && !known(run)) {
      const t = tokens[run[0]!]!;
      const w = lower(t.text);
      // A lone word is common when the dictionary says so or nothing corroborates it as a name;
      // inside a longer run only the text itself shows it ("Benedict Ayodele").
      const positional =
        t.sentenceStart &&
        !t.allCaps &&
        (lowerWords.has(w) ||
          (run.length === 1
            ? isCommonWord(w) || !(isFirstName(w) || isPlaceName(w) || midSentence.has(t.text))
            : isNonNounWord(w)));
      if (run.length > 1 && (isTitleWord(t.text) || ORG_HEADS.has(w))) break; // "Governor Annika Strand", "Bank of …"
      const compound = /-\p{Ll}/u.test(t.text); // "Lumora-powered" is an adjective
      if (NON_NAME_WORDS.has(w.replace(/['’].*$/u, '')) || positional || compound || !t.capitalized)
        run = run.slice(1);
      else break;
    }
    while (run.length > 0 && !tokens[run[run.length - 1]!]!.capitalized) run = run.slice(0, -1);
    // "Kent MPs": a plural acronym ends a group of people, not a name; groups take it.
    while (run.length > 1 && /^\p{Lu}{2,}s$/u.test(tokens[run[run.length - 1]!]!.text))
      run = run.slice(0, -1);
    if (run.length === 0) continue;
    const first = tokens[run[0]!]!;
    const last = tokens[run[run.length - 1]!]!;
    const allCaps = run.every((i) => tokens[i]!.allCaps || !tokens[i]!.capitalized);
    const lineStart = first.start === 0 || text[first.start - 1] === '\n';
    const follow = text.slice(last.end, last.end + 3);
    const dateline = allCaps && lineStart && /^\s*[,(—–-]/.test(follow);
    const label = allCaps && lineStart && follow.startsWith(':');
    if (run.length === 1 && /^\p{Lu}{2,}s$/u.test(first.text)) continue; // "MPs": a group
    if (allCaps && !dateline && !label && run.length === 1 && first.text.length <= 5) {
      found.push(candidate(first.start, last.end, [first.text], 'ORGANIZATION'));
      continue;
    }
    if (label && isCommonWord(lower(first.text))) continue;
    if (run.length === 1 && isTitleWord(first.text)) continue;
    // A nationality-shaped adjective before a noun ("Estorian krona") names no actor by itself.
    const nextToken = tokens[run[run.length - 1]! + 1];
    if (
      run.length === 1 &&
      /(?:ian|ean|ese|ish)$/.test(first.text) &&
      nextToken?.joined &&
      !nextToken.capitalized
    )
      continue;
    if (NON_ENTITY_HEADS.has(lower(last.text))) continue; // "Monetary Policy Report" is no actor
    let words = mapPacked(run, (i) => tokens[i]!.text);
    if (allCaps) words = mapPacked(words, titleCase);

    // Split off a title: everything up to the last honorific/role word that still has a name after it.
    let cut = -1;
    for (let k = words.length - 2; k >= 0; k--) {
      if (isTitleWord(words[k]!)) {
        cut = k;
        break;
      }
    }
    const titleWords = cut >= 0 ? words.slice(0, cut + 1) : [];
    const nameWords = mapPacked(cut >= 0 ? words.slice(cut + 1) : words, stripPossessive);
    const roles = new Set<string>();
    let gender: Gender = 'unknown';
    for (const w of titleWords) {
      const l = lower(w);
      if (PERSON_ROLES.has(l)) roles.add(l);
      gender = HONORIFICS.get(l) ?? ROLE_GENDER.get(l) ?? gender;
    }
    // Lower-case roles right before the name: "manager Gareth Pyle", "chief executive Priya …".
    for (let k = run[0]! - 1, n = 0; k >= 0 && n < 3 && tokens[k + 1]!.joined; k--, n++) {
      const l = tokens[k]!.text.toLowerCase();
      if (tokens[k]!.capitalized || !PERSON_ROLES.has(l)) break;
      roles.add(l);
      gender = ROLE_GENDER.get(l) ?? gender;
    }
    const key = fold(nameWords.join(' '));
    const lowers = mapPacked(nameWords, (w) => w.toLowerCase());
    let kind: EntityKind | null = null;
    let country: string | null = null;
    const nextWord = /^\s+([a-z]+)/.exec(text.slice(last.end, last.end + 12))?.[1];
    let end = last.end;
    if (gaz.countryByName.has(key)) {
      kind = 'COUNTRY';
      country = gaz.countryByName.get(key)!;
    } else if (gaz.countryByCapital.has(key) && !dateline) {
      kind = 'COUNTRY';
      country = gaz.countryByCapital.get(key)!;
    } else if (gaz.countryByDemonym.has(key) || (nameWords.length === 1 && isDemonymWord(key))) {
      continue; // a demonym is an adjective; descriptors and resolve() interpret it
    } else if (titleWords.length > 0 && !lowers.some((w) => ORG_HEADS.has(w))) {
      kind = 'PERSON';
    } else if (dateline) {
      kind = 'LOCATION';
    } else if (
      lowers.some((w) => ORG_HEADS.has(w) || NAME_CONNECTORS.has(w)) ||
      (lowers.length > 1 && COMPANY_NAME_ENDINGS.has(lowers[lowers.length - 1]!))
    ) {
      kind = 'ORGANIZATION';
    } else if (
      PLACE_HEADS.has(lowers[0]!) ||
      PLACE_HEADS.has(lowers[lowers.length - 1]!) ||
      isPlaceName(key)
    ) {
      kind = 'LOCATION';
    } else if (nextWord && PLACE_HEADS.has(nextWord)) {
      kind = 'LOCATION';
      end = last.end + text.slice(last.end).indexOf(nextWord) + nextWord.length;
    } else if (orgNounBefore(tokens, run[0]!)) {
      kind = 'ORGANIZATION'; // "low-cost carrier Skyvale Air", "the airline Skyvale"
    } else if (
      (nameWords.length >= 2 || label || isFirstName(lowers[0]!)) &&
      !/^\s+\d+\s+\p{Ll}/u.test(text.slice(last.end, last.end + 12)) // "Baltic Link 2 cable" is no person
    ) {
      kind = 'PERSON';
    }
    if (kind === 'PERSON' && gender === 'unknown' && nameWords.length >= 2)
      gender = firstNameGender(lowers[0]!);
    if (
      kind === 'PERSON' &&
      gender === 'unknown' &&
      nameWords.length === 1 &&
      isFirstName(lowers[0]!)
    )
      gender = firstNameGender(lowers[0]!);
    const c = candidate(first.start, end, nameWords, kind);
    c.country = country;
    c.roles = roles;
    c.gender = gender;
    c.titled = titleWords.length > 0;
    c.label = label;
    found.push(c);
  }
  // A name that takes a plural verb is a team or body, never one person ("Castlebridge United
  // have rejected", "Harwood are expected"): British usage for clubs, firms and bands.
  for (const c of found)
    if (
      (c.kind === 'PERSON' || c.kind === null) &&
      !c.titled &&
      /^\s+(?:have|are|were)\b/u.test(text.slice(c.end, c.end + 6)) &&
      !/(?:\band|&|\bor|,)\s*$/u.test(text.slice(Math.max(0, c.start - 6), c.start))
    )
      c.kind = 'ORGANIZATION';
  // A name once introduced as an organisation ("the club Harlow Raiders", "operator Pacifico
  // Norte Terminales") is one wherever it, or its leading words, recur untitled.
  const orgKeys = new Set<string>();
  for (const c of found)
    if (c.kind === 'ORGANIZATION')
      for (let n = 1; n <= c.nameTokens.length; n++)
        orgKeys.add(fold(c.nameTokens.slice(0, n).join(' ')));
  for (const c of found)
    if (
      (c.kind === 'PERSON' || c.kind === null) &&
      !c.titled &&
      orgKeys.has(fold(c.nameTokens.join(' ')))
    ) {
      c.kind = 'ORGANIZATION';
      c.gender = 'unknown';
    }
  return found;
}

/** An organisation noun right before the name, in apposition: "low-cost carrier Skyvale Air". */
function orgNounBefore(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  return (
    first > 0 &&
    tokens[first]!.joined &&
    !before!.capitalized &&
    (ORG_NOUNS.has(before!.text) || COMPANY_NOUNS.has(before!.text))
  );
}

function candidate(
  start: number,
  end: number,
  nameTokens: string[],
  kind: EntityKind | null,
): NameCandidate {
  return {
    start,
    end,
    nameTokens,
    kind,
    country: null,
    roles: new Set(),
    gender: 'unknown',
    titled: false,
    label: false,
  };
}
