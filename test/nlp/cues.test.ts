import { describe, expect, it } from '@jest/globals';
import { findCues } from '../../src/nlp/cues.js';

const cues = (t: string, quoted: { start: number; end: number }[] = []) =>
  findCues(t, { start: 0, end: t.length }, quoted).map((c) => [
    c.text,
    c.entry.relation,
    c.participle,
    c.negated,
  ]);

describe('findCues', () => {
  it('finds inflected verbs and phrasal cues with their speech act', () => {
    expect(
      cues('The alliance called on Ottawa to act, and Han warned that talks were over.'),
    ).toEqual([
      ['called on', 'URGES', false, false],
      ['warned', 'WARNS', false, false],
    ]);
    expect(cues('According to the trust, 310 operations were postponed.')).toEqual([
      ['According to', 'STATES', false, false],
    ]);
  });

  it('finds past and -ing forms that double their final consonant', () => {
    expect(cues('The coach admitted the defence had been poor, regretting the errors.')).toEqual([
      ['admitted', 'STATES', false, false],
    ]);
    expect(cues('She is admitting that the figures were wrong.')).toEqual([
      ['admitting', 'STATES', true, false],
    ]);
  });

  it('marks participles and negation', () => {
    expect(cues('She rejected it, saying he did not deny the claim.')).toEqual([
      ['rejected', 'REJECTS', false, false],
      ['saying', 'STATES', true, false],
      ['deny', 'DENIES', false, true],
    ]);
  });

  it('skips nouns, infinitives and words inside quoted content', () => {
    expect(cues('He called Kitagawa’s claims false and refused to comment.')).toEqual([
      ['called', 'CRITICIZES', false, false],
      ['refused', 'REJECTS', false, false],
    ]);
    const t = '“I said no,” she added.';
    expect(cues(t, [{ start: 1, end: 11 }])).toEqual([['added', 'STATES', false, false]]);
  });
});
