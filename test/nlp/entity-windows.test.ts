import { describe, expect, it } from '@jest/globals';
import { analyzeInWindows } from '../../src/nlp/entity-windows.js';

describe('analyzeInWindows', () => {
  it('analyses long input window by window with offsets into the whole text', () => {
    const para =
      'Trade Minister Eleanor Marchetti met Han Do-yun in Ottawa. She said talks would resume.\n\n';
    const text = para.repeat(40);
    const de = analyzeInWindows(text, 1000);
    for (const m of de.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const last = text.lastIndexOf('Eleanor Marchetti');
    const she = de.resolve({ start: last, end: last + 'Eleanor Marchetti'.length });
    expect(she?.name).toBe('Eleanor Marchetti');
    expect(she?.mentions.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
    expect(new Set(de.entities.map((e) => e.key)).size).toBe(de.entities.length);
  });

  it('analyses short input in one piece', () => {
    const text = 'Han Do-yun said talks would resume.';
    expect(analyzeInWindows(text).resolve({ start: 0, end: 10 })?.name).toBe('Han Do-yun');
  });
});
