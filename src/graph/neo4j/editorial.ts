import { InvalidArgumentError, NotFoundError } from '../../domain/errors.js';
import { isRelation, type Entity, type Statement, type StatementCorrection } from '../../domain/model.js';
import { applyCorrection, combineCorrections, correctionFromRow, correctionProps } from './corrections.js';
import type { CypherRunner, Row } from './cypher-runner.js';
import { writeStatementLinks } from './ingest.js';

interface StoreView {
  runner: CypherRunner;
  getStatements(ids: readonly string[]): Promise<(Statement | null)[]>;
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]>;
}

/**
 * Saves the correction (merged with earlier ones for the statement, so it outlives re-ingest)
 * and rewrites the statement's quote fields and links in the same transaction.
 */
export const correctStatement = async (
  store: StoreView,
  correction: StatementCorrection,
): Promise<Statement> => {
  if (correction.relation !== undefined && !isRelation(correction.relation)) {
    throw new InvalidArgumentError(`unknown relation ${String(correction.relation)}`);
  }
  const [current] = await store.getStatements([correction.statementId]);
  if (!current) throw new NotFoundError('Statement', correction.statementId);
  const entityIds = [correction.speakerId, correction.targetId].filter(
    (id): id is string => typeof id === 'string',
  );
  const found = await store.getEntities(entityIds);
  entityIds.forEach((id, i) => {
    if (!found[i]) throw new NotFoundError('Entity', id);
  });
  const { runner } = store;
  await runner.write('correctStatement', async (tx) => {
    const [stored] = await runner.run(tx, 'editorial/corrections-by-statement', {
      ids: [correction.statementId],
    });
    const combined = combineCorrections(
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

/** Re-points every statement, edge and correction from `mergedId` to `survivorId`, then deletes it. */
export const mergeEntities = async (
  store: StoreView,
  survivorId: string,
  mergedId: string,
): Promise<Entity> => {
  if (survivorId === mergedId) {
    throw new InvalidArgumentError('cannot merge an entity into itself', { id: survivorId });
  }
  const [survivor, merged] = await store.getEntities([survivorId, mergedId]);
  if (!survivor) throw new NotFoundError('Entity', survivorId);
  if (!merged) throw new NotFoundError('Entity', mergedId);
  const aliases = [
    ...new Set([...survivor.aliases, merged.name, ...merged.aliases]),
  ].filter((alias) => alias !== survivor.name);
  const params = { survivorId, mergedId };
  const { runner } = store;
  await runner.write('mergeEntities', async (tx) => {
    for (const step of ['said', 'about', 'edges-out', 'edges-in', 'corrections']) {
      await runner.run(tx, `editorial/merge-repoint-${step}`, params);
    }
    await runner.run(tx, 'editorial/merge-finish', {
      ...params,
      aliases,
      aliasText: aliases.map((a) => ` | ${a}`).join(''),
    });
  });
  const [after] = await store.getEntities([survivorId]);
  return after!;
};
