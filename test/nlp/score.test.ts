import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { jaroWinkler } from '../../bench/eval/jaro-winkler.js';
import {
  mergeCounts,
  round3,
  summarize,
  tally,
  type GoldDoc,
  type Prediction,
} from '../../bench/eval/score.js';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const goldPath = path('../fixtures/eval/mini.gold.json');
const predPath = path('../fixtures/eval/mini.predictions.jsonl');
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldDoc & { text: string };
const preds = readFileSync(predPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Prediction);
const ours = () => summarize(mergeCounts(new Map(), tally(gold, preds, gold.text).counts));

const scorer = path('../../../shared/tools/score_quotes.py');
const python = (() => {
  try {
    execFileSync('python3', ['--version']);
    return existsSync(scorer);
  } catch {
    return false;
  }
})();
if (!python)
  console.log(
    'score.test: python3 or ../shared/tools/score_quotes.py missing; Python cross-check skipped',
  );
const itPython = python ? it : it.skip;

describe('score port', () => {
  it('scores the fixture as score_quotes.py does (aliases, close surnames, mention overlap, optional gold)', () => {
    // Reference numbers printed by `score_quotes.py mini.gold.json mini.predictions.jsonl --json`.
    expect(ours()).toEqual({
      gold_required: 3,
      predicted: 5,
      quotes: { precision: 0.75, recall: 1.0, f1: 0.857 },
      recall_by_type: {
        direct: { gold: 1, found: 1, recall: 1.0 },
        indirect: { gold: 2, found: 2, recall: 1.0 },
      },
      speaker_accuracy: 0.667,
      relation_accuracy: 1.0,
      target_accuracy: 0.667,
      attribution: { precision: 0.5, recall: 0.667, f1: 0.571 },
      triples: { precision: 0.25, recall: 0.333, f1: 0.286 },
      speaker_identity_consistency: 0.5,
    });
  });

  it('rounds like Python (half to even on exact binary ties) and computes Jaro-Winkler the same way', () => {
    expect(round3(0.0625)).toBe(0.062);
    expect(round3(0.1875)).toBe(0.188);
    expect(round3(2 / 3)).toBe(0.667);
    expect(jaroWinkler('marchetti', 'marchetty')).toBeCloseTo(0.9556, 4);
    expect(jaroWinkler('han', 'halloran')).toBeLessThan(0.92);
  });

  itPython('agrees with the Python scorer on the fixture', () => {
    const out = execFileSync('python3', [scorer, goldPath, predPath, '--json'], {
      encoding: 'utf8',
    });
    expect(ours()).toEqual(JSON.parse(out));
  });
});
