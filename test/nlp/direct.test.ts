import { describe, expect, it } from '@jest/globals';
import { findCandidates } from '../../src/nlp/pipeline.js';

const found = (t: string) =>
  findCandidates(t).map((c) => [
    c.quote.text,
    c.speaker?.text ?? null,
    c.cue?.text ?? null,
    c.reason,
  ]);

describe('direct quotation sieves', () => {
  it('attributes "…," NAME said and "…," said NAME', () => {
    expect(found('“We came here ready to sign,” Marchetti told reporters.')).toEqual([
      ['We came here ready to sign,', 'Marchetti', 'told', 'adjacent-after'],
    ]);
    expect(
      found(
        '"A bad deal is worse than no deal," said Graham Whitcombe, the alliance\'s president.',
      ),
    ).toEqual([
      ['A bad deal is worse than no deal,', 'Graham Whitcombe', 'said', 'adjacent-inverted'],
    ]);
  });

  it('takes the person, not the organisation, after "said NAME of ORG"', () => {
    expect(found('“Every week counts,” said Joel Mensah of the Secure Homes Alliance.')[0]).toEqual(
      ['Every week counts,', 'Joel Mensah', 'said', 'adjacent-inverted'],
    );
  });

  it('gives both halves of a split quote the same source and cue', () => {
    expect(found('“We will,” she said. “And we will win.”')).toEqual([
      ['We will,', 'she', 'said', 'adjacent-after'],
      ['And we will win.', 'she', 'said', 'continuation'],
    ]);
  });

  it('reads both halves of a split quote with an adverb between source and cue', () => {
    expect(found('“We are not done,” she later said, “and we will be back.”')).toEqual([
      ['We are not done,', 'she', 'said', 'adjacent-after'],
      ['and we will be back.', 'she', 'said', 'before-cue'],
    ]);
  });

  it('starts a quote at the subject its attribution interrupts ("X, he said, “…”")', () => {
    const t = 'The regulator, she said, “looked away for three years.”';
    const [c] = findCandidates(t);
    expect(c).toMatchObject({ type: 'mixed', reason: 'interrupted-quote' });
    expect(c!.quote.text).toBe(t);
    expect(c!.quote.fragments!.map((f) => t.slice(f.start, f.end))).toEqual([
      'The regulator',
      '“looked away for three years.”',
    ]);
    // A quote that is a sentence of its own does not continue the phrase before its attribution.
    expect(found('Speaking from Oslo, he said, “We will appeal.”')[0]![3]).toBe('before-cue');
  });

  it('reads cue-colon, bare colon and colon-intro paragraphs', () => {
    expect(
      found('Asked whether Canada would walk away, she replied: “That depends on Seoul.”'),
    ).toEqual([['That depends on Seoul.', 'she', 'replied', 'before-cue']]);
    expect(found('Halloran, to his credit: “Rosalind works harder than anyone.”')).toEqual([
      ['Rosalind works harder than anyone.', 'Halloran', null, 'colon'],
    ]);
    expect(
      found(
        'Speaking to reporters, she went further:\n\n“I have sat in rooms like this for twenty years.”',
      ),
    ).toEqual([['I have sat in rooms like this for twenty years.', 'she', null, 'colon-intro']]);
  });

  it('takes the possessor of a message or reply as the source of a colon quotation', () => {
    expect(found('His reply to the committee was short: “We acted lawfully.”')).toEqual([
      ['We acted lawfully.', 'His', null, 'colon'],
    ]);
    expect(found('The treasurer’s verdict: “A shambles.”')).toEqual([
      ['A shambles.', 'The treasurer', null, 'colon'],
    ]);
  });

  it('treats a quoted fragment attributed right after its closing mark as mixed', () => {
    const [c] = findCandidates(
      'A Taurus “strike against any Russian facility would be regarded as war,” Ms Zakharova told journalists.',
    );
    expect(c).toMatchObject({
      type: 'mixed',
      speaker: { text: 'Ms Zakharova' },
      cue: { text: 'told' },
    });
  });

  it('carries the source into a following quoted paragraph', () => {
    const t =
      '“We were promised a fund,” she said.\n\n“My grandchildren cannot live on a promise.”';
    const cs = findCandidates(t);
    expect(cs[1]!.reason).toBe('continuation-paragraph');
    expect(cs[1]!.carriedFrom).toBe(cs[0]);
  });

  it('attributes recurring Q&A labels and not a one-off label', () => {
    const t =
      'Fact check: the figure is right.\n\nCHO: Will rents fall?\n\nBRANDT: No. They will not.\n\nCHO: Why not?';
    expect(found(t).map(([q, s, , r]) => [q, s, r])).toEqual([
      ['Will rents fall?', 'CHO', 'qa-label'],
      ['No. They will not.', 'BRANDT', 'qa-label'],
      ['Why not?', 'CHO', 'qa-label'],
    ]);
  });
});
