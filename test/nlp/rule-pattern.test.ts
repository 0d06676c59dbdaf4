import { describe, expect, it } from '@jest/globals';
import { CONTENT_SIGNALS } from '../../src/nlp/rules/content-signals.js';
import { CRITIQUE_SIGNALS, STANCE_BEFORE } from '../../src/nlp/rules/critique-signals.js';
import { rulePattern } from '../../src/nlp/text/rule-pattern.js';

describe('rule patterns', () => {
  it('match case-insensitively, curly apostrophes included', () => {
    expect(rulePattern(String.raw`\bwon[’']t\b`).test('We WON’T back down')).toBe(true);
  });

  it('refuse a Unicode escape, which would silently mean something else without Unicode mode', () => {
    expect(() => rulePattern(String.raw`\p{Lu}\w+`)).toThrow(/Unicode/u);
    expect(() => rulePattern(String.raw`\u{2019}`)).toThrow(/Unicode/u);
  });

  it('give every signal the same answer as Unicode mode on its own example', () => {
    const all = [
      ...CONTENT_SIGNALS,
      ...CRITIQUE_SIGNALS,
      { match: STANCE_BEFORE, example: 'Researchers were less forgiving.' },
    ];
    for (const s of all) {
      expect([s.match, rulePattern(s.match).test(s.example)]).toEqual([
        s.match,
        new RegExp(s.match, 'iu').test(s.example),
      ]);
      expect([s.match, rulePattern(s.match).test(s.example)]).toEqual([s.match, true]);
    }
  });
});
