import { NotFoundError } from '../../domain/errors.js';
import type { Entity, Statement, StatementCorrection } from '../../domain/model.js';
import { applyCorrection, mergeCorrections } from '../corrections.js';
import { correctionFromRow, correctionProps } from './corrections.js';
import type { CypherRunner, Row } from './cypher-runner.js';
import { entitySearchText, uniqueAliases } from './entity-rows.js';
import { writeStatementLinks } from './ingest.js';

export interface StoreView {
  runner: CypherRunner;
  getStatements(ids: readonly string[]): Promise<(Statement | null)[]>;
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]>;
  resolveEntityIds(ids: readonly string[]): Promise<string[]>;
}

/**
 * Saves the correction (folded into earlier ones for the statement, so it outlives re-ingest)
 * and rewrites the statement's quote fields and links in the same transaction.
 */
export const correctStatement = async (
  store: StoreView,
  correction: StatementCorrection,
): Promise<Statement> => {
  const [current] = await store.getStatements([correction.statementId]);
  if (!current) throw new NotFoundError('statement', correction.statementId);
  const named = [correction.speakerId, correction.targetId].filter(
    (id): id is string => typeof id === 'string',
  );
  const found = await store.getEntities(named);
  named.forEach((id, i) => {
    if (found[i]?.id !== id) throw new NotFoundError('entity', id);
  });
  const { runner } = store;
  await runner.write('correctStatement', async (tx) => {
    const [stored] = await runner.run(tx, 'editorial/corrections-by-statement', {
      ids: [correction.statementId],
    });
    const combined = mergeCorrections(
      stored ? correctionFromRow(stored.correction as Row) : undefined,
      correction,
    );
    const next = applyCorrection(current, combined);
    await runner.run(tx, 'editorial/save-correction', { props: correctionProps(combined) });
    await runner.run(tx, 'editorial/delete-statement-links', { statementId: next.id });
    await runner.run(tx, 'editorial/update-quote-fields', {
      statementId: next.id,
      relation: next.relation,
      verified: next.verified,
    });
    await writeStatementLinks(runner, tx, [next]);
  });
  const [after] = await store.getStatements([correction.statementId]);
  return after!;
};

const MERGE_STEPS = ['said', 'about', 'edges-out', 'edges-in', 'mentions', 'corrections'];

/**
 * Re-points statements, edges, mentions and corrections from `mergedId` to `survivorId`,
 * records a redirect so later ingests and lookups of the old id land on the survivor, and
 * deletes the merged entity, all in one transaction.
 */
export const mergeEntities = async (
  store: StoreView,
  survivorId: string,
  mergedId: string,
): Promise<Entity> => {
  const [survivor, merged] = await store.getEntities([survivorId, mergedId]);
  if (!survivor) throw new NotFoundError('entity', survivorId);
  if (!merged) throw new NotFoundError('entity', mergedId);
  if (survivor.id === merged.id) return survivor;
  const aliases = uniqueAliases(survivor.name, [
    ...survivor.aliases,
    merged.name,
    ...merged.aliases,
  ]);
  const params = { survivorId: survivor.id, mergedId: merged.id };
  const { runner } = store;
  await runner.write('mergeEntities', async (tx) => {
    for (const step of MERGE_STEPS) await runner.run(tx, `editorial/merge-repoint-${step}`, params);
    await runner.run(tx, 'editorial/merge-record-redirect', params);
    await runner.run(tx, 'editorial/merge-finish', {
      ...params,
      aliases,
      searchText: entitySearchText({ name: survivor.name, aliases }),
    });
  });
  return { ...survivor, aliases };
};
