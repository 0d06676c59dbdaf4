import { describe, expect, it } from '@jest/globals';
import { excerptRange, highlightSegments } from '../../src/api/views/client/highlight.js';

const text =
  'Earlier news. The mayor said: “We will not cut the libraries.” Critics disagreed. Later news.';
const quote = { mark: 'quote' as const, start: text.indexOf('We'), end: text.indexOf('.”') + 1 };
const speaker = {
  mark: 'speaker' as const,
  start: text.indexOf('The mayor'),
  end: text.indexOf(' said'),
};

describe('highlightSegments', () => {
  it('cuts the excerpt at sentence bounds and keeps the closing quotation mark', () => {
    const { start, end } = excerptRange(text, [quote, speaker]);
    expect(text.slice(start, end)).toBe('The mayor said: “We will not cut the libraries.”');
  });

  it('marks every span by its offsets, the speaker winning over an overlapping quote', () => {
    const inner = {
      mark: 'target' as const,
      start: text.indexOf('libraries'),
      end: text.indexOf('libraries') + 9,
    };
    const segments = highlightSegments(text, [quote, speaker, inner]);
    expect(segments.filter((s) => s.mark).map((s) => [s.mark, s.text])).toEqual([
      ['speaker', 'The mayor'],
      ['quote', 'We will not cut the '],
      ['target', 'libraries'],
      ['quote', '.'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(
      'The mayor said: “We will not cut the libraries.”',
    );
  });

  it('ignores spans outside the text instead of throwing', () => {
    expect(highlightSegments(text, [{ mark: 'quote', start: 500, end: 510 }])).toEqual([]);
  });
});
