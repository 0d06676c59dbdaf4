import type { Quotation } from '../domain/model.js';
import { CONFIDENCE_MODEL } from './rules/confidence-weights.js';
import { moreWordsThan } from './text/words.js';

/**
 * Confidence that a statement is right as a whole (a real quotation, the right speaker, relation
 * and target), from how it was found: a logistic model over the sieve, the relation and target
 * sources, the speaker's form and the quotation's length. The weights are data
 * (src/nlp/rules/confidence-weights.ts), fitted on the dev and held-out gold by
 * `npm run fit-confidence`; `npm run eval` prints the reliability table on every set.
 */
export type Scored = Omit<Quotation, 'confidence'>;

const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them)$/iu;
const DESCRIPTION = /^(?:the|a|an|its|his|her|their|our)\s/iu;

function speakerForm(q: Scored): string {
  if (!q.speaker) return 'none';
  // Sources the entity analysis could not resolve become groups keyed "G:…" (src/nlp/pipeline.ts).
  if (q.speaker.entityKey.startsWith('G:')) return 'group';
  const mention = q.speaker.mention?.text.trim();
  if (!mention) return 'carried';
  if (PRONOUN.test(mention)) return 'pronoun';
  return DESCRIPTION.test(mention) ? 'description' : 'name';
}

const lengthBand = (text: string): string =>
  !moreWordsThan(text, 3)
    ? '1-3'
    : !moreWordsThan(text, 9)
      ? '4-9'
      : !moreWordsThan(text, 25)
        ? '10-25'
        : '26+';

/** The features one statement switches on, as "name=value". */
export function confidenceFeatures(q: Scored): string[] {
  const [sieve = '', relationSource = '', target = ''] = q.reason.split('/');
  return [
    `sieve=${sieve.split(':')[0]}`,
    `frame=${sieve}`,
    `type=${q.type}`,
    `relation=${q.relation}`,
    `relation-source=${relationSource.split(':')[0]}`,
    `target=${target.replace(/^target:/u, '')}`,
    `speaker=${speakerForm(q)}`,
    `length=${lengthBand(q.quote.text)}`,
    `cue=${q.cue ? 'yes' : 'no'}`,
  ];
}

export function confidence(features: readonly string[]): number {
  let z = CONFIDENCE_MODEL.bias;
  for (const f of features) z += CONFIDENCE_MODEL.weights[f] ?? 0;
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
