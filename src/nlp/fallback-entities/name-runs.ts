import type { EntityKind } from '../../domain/model.js';
import { NON_NAME_WORDS, ORG_WORDS, TITLE_WORDS } from '../rules/name-words.js';
import { countryOf, countryOfDemonym } from './gazetteer.js';

/** A capitalised name as written, split into the title/role words before it and the name itself. */
export interface NameRun {
  start: number;
  end: number;
  text: string;
  /** The name without titles ("Eleanor Marchetti"); for countries the canonical country name. */
  name: string;
  titles: string[];
  kind: EntityKind | null;
  /** Sentence-initial single word: maybe an ordinary word, kept only if it links to a known name. */
  initial: boolean;
}

const TOKEN = String.raw`(?:(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Gov|Rep)\.|\p{Lu}\.|[\p{Lu}][\p{L}\p{M}\p{N}’']*(?:-[\p{L}\p{M}]+)*)`;
const LINK = String.raw`(?:\s+(?:of the|of|for|de la|de|del|da|van der|van|von|y|al)\s+|\s+)`;
const RUN = new RegExp(String.raw`${TOKEN}(?:${LINK}${TOKEN})*`, 'gu');

const stripPossessive = (t: string): string => t.replace(/['’]s?$/u, '');

function kindOf(tokens: string[], name: string): EntityKind | null {
  if (countryOf(name)) return 'COUNTRY';
  if (tokens.some((t) => ORG_WORDS.has(t.toLowerCase()))) return 'ORGANIZATION';
  if (tokens.length >= 2 && tokens.every((t) => /^[\p{Lu}]/u.test(t))) return 'PERSON';
  return null;
}

/** Every capitalised name run, titles separated, in text order. Linear regex scan. */
export function nameRuns(text: string): NameRun[] {
  const out: NameRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    let start = m.index;
    let raw = m[0];
    // A lower-case hyphen suffix ("Lumora-powered") is not part of the name.
    raw = raw.replace(/-[\p{Ll}]{4,}.*$/u, '');
    const parts = [...raw.matchAll(/\S+/gu)];
    let i = 0;
    while (
      i < parts.length &&
      NON_NAME_WORDS.has(parts[i]![0].toLowerCase().replace(/[.’']+$/u, ''))
    )
      i++;
    const titles: string[] = [];
    while (
      i < parts.length - 1 &&
      (TITLE_WORDS.has(parts[i]![0].toLowerCase().replace(/\.$/, '')) ||
        countryOfDemonym(parts[i]![0]))
    ) {
      titles.push(parts[i]![0].toLowerCase().replace(/\.$/, ''));
      i++;
    }
    if (i >= parts.length) continue;
    const first = parts[i]!;
    start = m.index + first.index;
    const last = parts.at(-1)!;
    let end = m.index + last.index + last[0].length;
    let body = text.slice(start, end);
    const bare = stripPossessive(body);
    end -= body.length - bare.length;
    body = bare.replace(/\.$/u, '');
    end = start + body.length;
    if (!body || /^(?:of|the|for)$/i.test(body)) continue;
    const tokens = body
      .split(/\s+/u)
      .filter((t) => !/^(?:of|the|for|de|la|del|da|van|der|von|y|al)$/u.test(t));
    if (tokens.length === 1 && countryOfDemonym(tokens[0]!)) continue;
    const before = text.slice(Math.max(0, start - 3), start);
    const initial =
      tokens.length === 1 &&
      titles.length === 0 &&
      (start === 0 || /(?:^|[.!?:"“”‘’\n]\s*|\n)$/u.test(before));
    const country = countryOf(body);
    out.push({
      start,
      end,
      text: body,
      name: country ?? body,
      titles,
      kind: kindOf(tokens, body),
      initial,
    });
  }
  return out;
}
