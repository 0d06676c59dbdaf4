import { describe, expect, it } from '@jest/globals';
import type { Candidate } from '../../src/nlp/candidate.js';
import { decideRelation } from '../../src/nlp/relation.js';
import { CUE_LEXICON } from '../../src/nlp/rules/cue-lexicon.js';

const cue = (match: string) => CUE_LEXICON.find((e) => e.match === match)!;
const cand = (
  content: string,
  match: string | null,
  frame: Candidate['frame'] = 'that',
  negated = false,
): Candidate => ({
  quote: { text: content, start: 0, end: content.length },
  type: 'indirect',
  speaker: null,
  cue: null,
  cueEntry: match ? cue(match) : null,
  frame,
  object: null,
  negated,
  reason: 'test',
  prior: 0.8,
});

describe('decideRelation', () => {
  it('takes the speech act of the cue', () => {
    expect(decideRelation(cand('the talks failed', 'accuse', 'of')).relation).toBe('ACCUSES');
    expect(decideRelation(cand('to freeze fares', 'promise', 'to')).relation).toBe('PROMISES');
    expect(decideRelation(cand('crime fell', 'claim', 'bare')).relation).toBe('CLAIMS');
    // "insisted" asserts, as news gold reads it, rather than making a disputed claim.
    expect(decideRelation(cand('the plan was necessary', 'insist', 'bare')).relation).toBe(
      'STATES',
    );
  });

  it('applies frame rules and negation', () => {
    // A request stays a request; an instruction is an appeal.
    expect(decideRelation(cand('to name one thing they admire', 'ask', 'to')).relation).toBe(
      'ASKS',
    );
    expect(decideRelation(cand('to leave the building', 'tell', 'to')).relation).toBe('URGES');
    expect(decideRelation(cand('whether talks could resume', 'ask', 'wh')).relation).toBe('ASKS');
    expect(decideRelation(cand('any wrongdoing', 'deny', 'object', true)).relation).toBe('STATES');
  });

  it('reads the content only when the cue is plain reporting', () => {
    expect(decideRelation(cand('That is simply not true.', 'say', 'adjacent')).relation).toBe(
      'DENIES',
    );
    expect(
      decideRelation(cand('We will not apologise for protecting our farmers.', null, 'colon'))
        .relation,
    ).toBe('REJECTS');
    expect(decideRelation(cand('Keep pushing us.', null, 'label')).relation).toBe('URGES');
    expect(decideRelation(cand('it would pass with six votes', 'predict', 'bare')).relation).toBe(
      'CLAIMS',
    );
    expect(decideRelation(cand('The door is open.', 'say', 'adjacent')).relation).toBe('STATES');
    expect(
      decideRelation(
        cand('strikes would be regarded as direct participation by Germany', 'say', 'that'),
      ).relation,
    ).toBe('WARNS');
    expect(
      decideRelation(cand('it will support Germany if it decides to send missiles', 'say', 'bare'))
        .relation,
    ).toBe('SUPPORTS');
    expect(decideRelation(cand('Will there be compensation?', null, 'label')).relation).toBe(
      'ASKS',
    );
  });
});

describe('content signals for plain reporting', () => {
  const rel = (content: string) => decideRelation(cand(content, 'say', 'adjacent')).relation;

  it('reads an idle "we’ll" as no promise, and "we will" as one', () => {
    expect(rel('We’ll have a coffee about it.')).toBe('STATES');
    expect(rel('We will refund every ticket within 14 days.')).toBe('PROMISES');
    expect(rel('Every tenant will be offered a flat at the same rent.')).toBe('PROMISES');
  });

  it('reads "I would like to know" as no threat, and a real conditional as a warning', () => {
    expect(
      rel('If that is a consultation, then I would like to know what ignoring looks like.'),
    ).not.toBe('WARNS');
    expect(rel('If the work does not stop, we will go to court.')).toBe('WARNS');
  });

  it('reads advice to the public as a warning, and a comparison as no criticism', () => {
    expect(rel('Anyone who paid by card should assume their details are out there.')).toBe('WARNS');
    expect(rel('A bad deal is worse than no deal.')).toBe('STATES');
  });

  it('does not read "I’d have to" or "should have" as urging', () => {
    expect(rel('I’d have to check the figures.')).toBe('STATES');
    expect(rel('She did what the rest of us should have done weeks ago.')).not.toBe('URGES');
    expect(rel('The ministry should publish the file.')).toBe('URGES');
  });
});
