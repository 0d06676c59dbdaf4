import { describe, expect, it } from '@jest/globals';
import { paragraphs } from '../../src/nlp/text/paragraphs.js';
import { MAX_SENTENCE, sentences } from '../../src/nlp/text/sentences.js';

const split = (t: string, quotes: { start: number; end: number }[] = []) =>
  sentences(t, { start: 0, end: t.length }, quotes).map((r) => t.slice(r.start, r.end));

describe('paragraphs', () => {
  it('returns trimmed non-empty lines', () => {
    const t = 'Headline\n\n  First para.  \n9.05pm\n';
    expect(paragraphs(t).map((r) => t.slice(r.start, r.end))).toEqual([
      'Headline',
      'First para.',
      '9.05pm',
    ]);
  });
});

describe('sentences', () => {
  it('does not split after titles, initials or a.m./p.m.', () => {
    expect(split('Mr. Vail met Dr. J. Smith at 11 p.m. on Friday. He left.')).toEqual([
      'Mr. Vail met Dr. J. Smith at 11 p.m. on Friday.',
      'He left.',
    ]);
  });

  it('splits after a closing quote but never inside a quotation', () => {
    const t = '“We came to sign. We got a list,” she said. Talks ended.';
    expect(split(t, [{ start: 0, end: 33 }])).toEqual([
      '“We came to sign. We got a list,” she said.',
      'Talks ended.',
    ]);
  });

  it('cuts unpunctuated text into bounded pieces', () => {
    const t = 'word '.repeat(2000).trim();
    const parts = sentences(t, { start: 0, end: t.length });
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});
