import { describe, expect, it } from '@jest/globals';
import { confidence, confidenceFeatures, type Scored } from '../../src/nlp/confidence.js';

const statement = (over: Partial<Scored>): Scored => ({
  quote: { text: 'We will not accept a shorter timeline.', start: 0, end: 38 },
  type: 'direct',
  speaker: { entityKey: 'person:1', mention: { text: 'Marchetti', start: 40, end: 49 } },
  cue: { text: 'said', start: 50, end: 54 },
  relation: 'STATES',
  target: null,
  reason: 'adjacent-after/cue:say/target:none',
  ...over,
});

describe('confidence', () => {
  it('describes a statement by how it was found', () => {
    expect(confidenceFeatures(statement({}))).toEqual([
      'sieve=adjacent-after',
      'frame=adjacent-after',
      'type=direct',
      'relation=STATES',
      'relation-source=cue',
      'target=none',
      'speaker=name',
      'length=4-9',
      'cue=yes',
    ]);
    expect(
      confidenceFeatures(
        statement({
          speaker: { entityKey: 'G:officials', mention: { text: 'officials', start: 0, end: 9 } },
        }),
      ),
    ).toContain('speaker=group');
  });

  it('is a probability, higher for a named source with a stated target than for an unresolved source with an implied one', () => {
    const strong = confidence(
      confidenceFeatures(
        statement({
          type: 'mixed',
          relation: 'ACCUSES',
          reason: 'mixed:of/cue:accuse/target:object',
          target: { entityKey: 'country:2', mention: { text: 'Seoul', start: 60, end: 65 } },
        }),
      ),
    );
    const weak = confidence(
      confidenceFeatures(
        statement({
          speaker: { entityKey: 'G:sources', mention: { text: 'sources', start: 0, end: 7 } },
          cue: null,
          reason: 'continuation/critique:they/target:discourse',
          relation: 'CRITICIZES',
        }),
      ),
    );
    for (const p of [strong, weak]) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
    expect(strong).toBeGreaterThan(weak);
  });
});
