import type { StatementCorrection } from '../../domain/model.js';
import type { Row } from './cypher-runner.js';

/** Neo4j stores no nulls, so "set to none" and "not corrected" need a flag each. */
export const correctionProps = (c: StatementCorrection): Row => ({
  statementId: c.statementId,
  speakerSet: c.speakerId !== undefined,
  speakerId: c.speakerId ?? null,
  targetSet: c.targetId !== undefined,
  targetId: c.targetId ?? null,
  relation: c.relation ?? null,
  verified: c.verified ?? null,
});

/** Reads back what correctionProps wrote. */
export const correctionFromRow = (row: Row): StatementCorrection => {
  const c: StatementCorrection = { statementId: row.statementId as string };
  if (row.speakerSet === true) c.speakerId = (row.speakerId as string | undefined) ?? null;
  if (row.targetSet === true) c.targetId = (row.targetId as string | undefined) ?? null;
  if (typeof row.relation === 'string')
    c.relation = row.relation as StatementCorrection['relation'];
  if (typeof row.verified === 'boolean') c.verified = row.verified;
  return c;
};
