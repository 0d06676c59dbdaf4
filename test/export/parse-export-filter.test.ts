import { describe, expect, it } from '@jest/globals';
import { parseFilterWords } from '../../src/graph/export/parse-export-filter.js';

describe('parseFilterWords', () => {
  it('parses every key into a StatementFilter', () => {
    expect(
      parseFilterWords([
        'speaker=e_a',
        'relation=accuses,CRITICIZES',
        'from=2026-03-01',
        'to=2026-03-31T12:00:00Z',
        'minConfidence=0.5',
        'verified=true',
        'quoteType=DIRECT',
        'between=e_a,e_b',
        'text=trade deal',
      ]),
    ).toEqual({
      speaker: 'e_a',
      relations: ['ACCUSES', 'CRITICIZES'],
      from: '2026-03-01',
      to: '2026-03-31T12:00:00Z',
      minConfidence: 0.5,
      verified: true,
      quoteType: 'direct',
      between: ['e_a', 'e_b'],
      text: 'trade deal',
    });
  });

  it.each([
    ['relation=SHOUTS'],
    ['from=yesterday'],
    ['minConfidence=2'],
    ['colour=red'],
    ['speaker'],
  ])('rejects %s with INVALID_ARGUMENT', (word) => {
    expect(() => parseFilterWords([word])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
