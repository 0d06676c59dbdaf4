import { CRITIQUE_SIGNALS, STANCE_BEFORE, type CritiqueSignal } from './rules/critique-signals.js';
import { rulePattern } from './text/rule-pattern.js';

const signals = CRITIQUE_SIGNALS.map((s) => ({ ...s, re: rulePattern(s.match) }));
/** A sentence whose subject is the speaker or the speaker's side. */
const ABOUT_SELF = /^(?:(?:but|and|so|yet|now)\s+)?(?:I|I[’']\w+|we|we[’']\w+)\b/iu;

/**
 * Whether reported words complain about someone else (src/nlp/rules/critique-signals.ts): the
 * first signal found in one of its sentences, or null for statements of fact or about oneself.
 */
export function critiqueIn(content: string): CritiqueSignal | null {
  for (const raw of content.split(/(?<=[.!?])\s+/u)) {
    const sentence = raw.replace(/^[\s"“‘'(—–-]+|[\s"”’',]+$/gu, '');
    if (!sentence) continue;
    const self = ABOUT_SELF.test(sentence);
    for (const s of signals) if ((!self || s.aboutSelf) && s.re.test(sentence)) return s;
  }
  return null;
}

const STANCE = rulePattern(STANCE_BEFORE);
const ANNOUNCED: CritiqueSignal = {
  match: STANCE_BEFORE,
  reason: 'critique:announced',
  example:
    'Security researchers were less forgiving. Kitagawa said the flaw had been known for weeks.',
};
/** How far back the announcing sentence may be. */
const ANNOUNCE_REACH = 200;

/** The narrative right before a quotation announces a complaint ("X were less forgiving."). */
export function announcedCritique(text: string, quoteStart: number): CritiqueSignal | null {
  const before = text.slice(Math.max(0, quoteStart - ANNOUNCE_REACH), quoteStart);
  return before
    .split(/(?<=[.!?]["”’]?)\s+(?=\S)/u)
    .slice(-2)
    .some((s) => STANCE.test(s))
    ? ANNOUNCED
    : null;
}
