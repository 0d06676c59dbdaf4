import { describe, expect, it } from '@jest/globals';
import { critiqueIn } from '../../src/nlp/critique.js';

describe('critique signals', () => {
  it.each([
    ['We have been asking for a year, and nobody has answered.', 'critique:nobody-acts'],
    ['Nobody from the council came to see us.', 'critique:nobody-acts'],
    ['We are against closing a library to pay for a car park.', 'critique:against'],
    ['A contract is not a suggestion.', 'critique:is-not'],
    ['If they want a deal, they should come to the table.', 'critique:they'],
    ['What we received instead was a list of new demands.', 'critique:contrast'],
    ['Nine months is a long time to wait for a reply.', 'critique:too-late'],
    ['Our members cannot live on promises.', 'critique:cannot'],
    ['The ministry has not been honest with us.', 'critique:not-been'],
    ['When you cut the night buses, you cut people off.', 'critique:you'],
    ['Software doesn’t fly planes.', 'critique:negated'],
  ])('%s → %s', (sentence, reason) => {
    expect(critiqueIn(sentence)?.reason).toBe(reason);
  });

  it.each([
    'I write songs. I do not read contracts.',
    'We have nothing to hide.',
    'The door is open. It has always been open.',
    'Sales rose 4 percent in the quarter.',
    'I am not angry. I am tired.',
    'Nobody becomes a nurse to stand in the rain.',
  ])('%s → no complaint', (sentence) => {
    expect(critiqueIn(sentence)).toBeNull();
  });
});
