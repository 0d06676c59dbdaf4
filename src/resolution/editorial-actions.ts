import { normalizeName } from '../domain/ids.js';
import type { EntityKind } from '../domain/model.js';
import { loadDecisions, saveDecisions } from './alias-file.js';

const same = (
  kind: EntityKind,
  x: { kind: EntityKind; a?: string; b?: string },
  p: string,
  q: string,
) =>
  x.kind === kind &&
  ((normalizeName(x.a ?? '') === normalizeName(p) &&
    normalizeName(x.b ?? '') === normalizeName(q)) ||
    (normalizeName(x.a ?? '') === normalizeName(q) &&
      normalizeName(x.b ?? '') === normalizeName(p)));

/**
 * Records "merged is survivor" in the alias file, replacing any never-merge rule between them.
 * The API and the CLI both use this, so every decision lands in the same file.
 */
export async function recordMerge(
  dataDir: string,
  rule: { kind: EntityKind; survivor: string; merged: string; reason?: string },
): Promise<void> {
  const decisions = await loadDecisions(dataDir);
  decisions.neverMerge = decisions.neverMerge.filter(
    (n) => !same(rule.kind, n, rule.survivor, rule.merged),
  );
  decisions.merge = decisions.merge.filter(
    (m) => !(m.kind === rule.kind && normalizeName(m.merged) === normalizeName(rule.merged)),
  );
  decisions.merge.push({ ...rule, reason: rule.reason ?? '', at: new Date().toISOString() });
  await saveDecisions(dataDir, decisions);
}

/** Records "a and b are different", dropping any merge rule that joined them. */
export async function recordSplit(
  dataDir: string,
  rule: { kind: EntityKind; a: string; b: string; reason?: string },
): Promise<{ removedMerges: number }> {
  const decisions = await loadDecisions(dataDir);
  const before = decisions.merge.length;
  decisions.merge = decisions.merge.filter(
    (m) => !same(rule.kind, { kind: m.kind, a: m.survivor, b: m.merged }, rule.a, rule.b),
  );
  if (!decisions.neverMerge.some((n) => same(rule.kind, n, rule.a, rule.b)))
    decisions.neverMerge.push({ ...rule, reason: rule.reason ?? '', at: new Date().toISOString() });
  await saveDecisions(dataDir, decisions);
  return { removedMerges: before - decisions.merge.length };
}
