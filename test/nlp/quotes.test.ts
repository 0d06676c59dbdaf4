import { describe, expect, it } from '@jest/globals';
import { findQuotedSpans } from '../../src/nlp/quotes.js';

const texts = (t: string) => findQuotedSpans(t).map((q) => q.text);

describe('findQuotedSpans', () => {
  it('finds straight and curly double quotes with content offsets', () => {
    const t = '"We will win," she said. He replied: “Not today.”';
    const spans = findQuotedSpans(t);
    expect(spans.map((s) => s.text)).toEqual(['We will win,', 'Not today.']);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(spans[0]!.outer).toEqual({ start: 0, end: 14 });
  });

  it('reads British single quotes without confusing apostrophes', () => {
    const t =
      "‘He’s our captain, and he’s staying,’ he said. The players’ union's view: 'not for sale'.";
    expect(texts(t)).toEqual(['He’s our captain, and he’s staying,', 'not for sale']);
  });

  it('keeps a quotation running over paragraphs as one span', () => {
    const t = '“I have sat in rooms like this for years.\n\n“Is the money enough? No,” she said.';
    const [q] = findQuotedSpans(t);
    expect(q!.text).toBe('I have sat in rooms like this for years.\n\n“Is the money enough? No,');
    expect(q!.paragraphs).toBe(2);
    expect(q!.closed).toBe(true);
  });

  it('keeps nested marks of the other family inside the outer quote', () => {
    expect(texts('“They call it ‘renewal’ here,” she said.')).toEqual([
      'They call it ‘renewal’ here,',
    ]);
  });

  it('drops a short unclosed mark and never throws on unbalanced input', () => {
    expect(texts('He said “no.\n\nNext paragraph.')).toEqual([]);
    expect(() => findQuotedSpans('“‘"'.repeat(5000))).not.toThrow();
  });
});
