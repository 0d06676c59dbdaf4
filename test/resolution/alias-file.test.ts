import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QuotegraphError } from '../../src/domain/errors.js';
import { aliasFilePath, loadDecisions, saveDecisions } from '../../src/resolution/alias-file.js';
import { recordMerge, recordSplit } from '../../src/resolution/editorial-actions.js';
import { DecisionLookup } from '../../src/resolution/decision-lookup.js';
import { emptyDecisions } from '../../src/resolution/editorial-decisions.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotegraph-aliases-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('alias file', () => {
  it('reads a missing file as no decisions and round-trips what it saves', async () => {
    expect(await loadDecisions(dir)).toEqual(emptyDecisions());
    const decisions = {
      ...emptyDecisions(),
      entities: [
        {
          name: 'Volodymyr Zelensky',
          kind: 'PERSON' as const,
          aliases: ['Zelenskyy', 'Zelenskiy'],
        },
      ],
    };
    await saveDecisions(dir, decisions);
    expect(await readFile(aliasFilePath(dir), 'utf8')).toContain('Volodymyr Zelensky');
    expect(await loadDecisions(dir)).toEqual(decisions);
  });

  it('rejects a malformed file with INVALID_ARGUMENT naming the place, and leaves it untouched', async () => {
    const bad = 'merge:\n  - kind: PERSON\n    survivor: A\n';
    await writeFile(aliasFilePath(dir), bad);
    const error = await loadDecisions(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotegraphError);
    expect((error as QuotegraphError).code).toBe('INVALID_ARGUMENT');
    expect((error as Error).message).toContain('merge.0.merged');
    await writeFile(aliasFilePath(dir), 'entities: [unclosed');
    await expect(loadDecisions(dir)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await writeFile(
      aliasFilePath(dir),
      'version: 1\nmerge:\n  - {kind: BOAT, survivor: A, merged: B}\n',
    );
    await expect(loadDecisions(dir)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await readFile(aliasFilePath(dir), 'utf8')).toContain('BOAT');
  });

  it('records merges and splits so that the last decision wins, following merge chains', async () => {
    await recordMerge(dir, {
      kind: 'PERSON',
      survivor: 'Maria Zakharova',
      merged: 'M. Zakharova',
      reason: 'same',
    });
    await recordMerge(dir, { kind: 'PERSON', survivor: 'M. Zakharova', merged: 'Masha Zakharova' });
    let lookup = new DecisionLookup(await loadDecisions(dir));
    expect(lookup.canonicalName('PERSON', 'masha zakharova')).toBe('Maria Zakharova');
    expect(lookup.canonicalName('ORGANIZATION', 'M. Zakharova')).toBeNull();

    const { removedMerges } = await recordSplit(dir, {
      kind: 'PERSON',
      a: 'Maria Zakharova',
      b: 'M. Zakharova',
    });
    expect(removedMerges).toBe(1);
    lookup = new DecisionLookup(await loadDecisions(dir));
    expect(lookup.canonicalName('PERSON', 'M. Zakharova')).toBeNull();
    expect(lookup.neverMerge('PERSON', 'm zakharova', 'Maria Zakharova')).toBe(true);

    await recordMerge(dir, { kind: 'PERSON', survivor: 'Maria Zakharova', merged: 'M. Zakharova' });
    const decisions = await loadDecisions(dir);
    expect(decisions.neverMerge).toHaveLength(0);
    expect(decisions.merge.filter((m) => m.merged === 'M. Zakharova')).toHaveLength(1);
  });
});
