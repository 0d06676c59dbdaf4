import { describe, expect, it } from '@jest/globals';
import { extract } from '../../src/nlp/pipeline.js';

const speakerOf = (text: string, quoteStart: string) => {
  const q = extract(text).quotations.find((x) => x.quote.text.startsWith(quoteStart));
  return q && { mention: q.speaker?.mention?.text, cue: q.cue?.text };
};

describe('extraction of direct quotations next to a reporting verb', () => {
  it('finds a straight-quoted statement with the speaker after it', () => {
    expect(speakerOf('"We will not back down," Marchetti told reporters.', 'We will not')).toEqual({
      mention: 'Marchetti',
      cue: 'told',
    });
  });

  it('finds a curly-quoted statement with inverted attribution', () => {
    expect(speakerOf('“The door is open,” said Han Do-yun on Friday.', 'The door')).toEqual({
      mention: 'Han Do-yun',
      cue: 'said',
    });
  });

  it('finds a speaker before a colon', () => {
    expect(speakerOf('Dwayne Okafor said: "This is not fair."', 'This is not')?.mention).toBe(
      'Dwayne Okafor',
    );
  });

  it('gives offsets that slice back to the quotation', () => {
    const text = 'Intro.\n\n"Prices will rise," the governor warned. Nothing else.';
    for (const q of extract(text).quotations)
      expect(text.slice(q.quote.start, q.quote.end)).toBe(q.quote.text);
  });

  it('never throws on unbalanced quote marks', () => {
    expect(() => extract('"'.repeat(1001) + ' he said "' + 'a'.repeat(5000))).not.toThrow();
  });
});
