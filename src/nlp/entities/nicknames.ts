import type { Span } from '../../domain/model.js';
import { lastStartBefore, type ClusterSet } from './clusters.js';
import { fold } from './name-keys.js';

const OPEN = `["“‘']`;
const CLOSE = `["”’']`;
/** "nicknamed ‘the Professor’", "known as “Buzz”", "dubbed 'the Closer'". */
const DECLARED = new RegExp(
  String.raw`\b(?:nicknamed|known as|dubbed)\s+${OPEN}((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})${CLOSE}`,
  'giu',
);
/** Carl “Buzz” Lindqvist: a quoted nickname between first name and surname. */
const INFIX = new RegExp(
  String.raw`(\p{Lu}[\p{L}-]+)\s+${OPEN}(\p{Lu}[\p{L}-]+)${CLOSE}\s+(\p{Lu}[\p{L}-]+)`,
  'gu',
);

/**
 * Nicknames a text declares for a person, then every later use of them: "the Professor" after
 * "Pyle, who has been nicknamed ‘the Professor’", "Buzz Lindqvist" after Carl “Buzz” Lindqvist.
 */
export function bindNicknames(set: ClusterSet, text: string): void {
  const declares =
    text.includes('nicknamed') || text.includes('known as') || text.includes('dubbed');
  const infix = /["“‘']\p{Lu}[\p{L}-]+["”’'] \p{Lu}/u.test(text);
  if (!declares && !infix) return;
  const people = set.clusters.filter((k) => k.kind === 'PERSON' && !k.anonymous);
  for (const m of declares ? text.matchAll(DECLARED) : []) {
    // The person named last before the declaration, in the same sentence.
    let owner = null;
    let ownerAt = -1;
    for (const k of people) {
      const at = lastStartBefore(k, m.index);
      if (at > ownerAt && !/[.!?]\s/.test(text.slice(at, m.index))) [owner, ownerAt] = [k, at];
    }
    if (!owner) continue;
    const nick = m[1]!;
    const declaredAt = m.index + m[0].indexOf(nick);
    const pattern = new RegExp(
      `(?<![\\p{L}])${nick.replace(/^the\s+/i, '[Tt]he ')}(?![\\p{L}])`,
      'gu',
    );
    for (const use of text.matchAll(pattern)) {
      if (use.index === declaredAt) continue;
      const span: Span = { start: use.index, end: use.index + use[0].length, text: use[0] };
      if (!owner.mentions.some((x) => x.start < span.end && span.start < x.end))
        set.add(owner, span, 'name');
    }
  }
  for (const m of infix ? text.matchAll(INFIX) : []) {
    const [first, nick, last] = [fold(m[1]!), fold(m[2]!), fold(m[3]!)];
    const real = people.find(
      (k) => k.tokens.length === 2 && fold(k.tokens[0]!) === first && fold(k.tokens[1]!) === last,
    );
    const alias = people.find(
      (k) => k.tokens.length === 2 && fold(k.tokens[0]!) === nick && fold(k.tokens[1]!) === last,
    );
    if (real && alias && real !== alias) set.merge(real, alias);
  }
}
