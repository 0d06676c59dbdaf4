import { CRITIQUE_SIGNALS, type CritiqueSignal } from './rules/critique-signals.js';

const signals = CRITIQUE_SIGNALS.map((s) => ({ ...s, re: new RegExp(s.match, 'iu') }));
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
