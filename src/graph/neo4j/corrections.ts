import type { Statement, StatementCorrection } from '../../domain/model.js';
import type { Row } from './cypher-runner.js';

/** Later corrections override earlier ones field by field; unset fields keep the older value. */
export const combineCorrections = (
  older: StatementCorrection | undefined,
  newer: StatementCorrection,
): StatementCorrection => {
  const combined: StatementCorrection = { ...(older ?? {}), statementId: newer.statementId };
  for (const key of ['speakerId', 'targetId', 'relation', 'verified'] as const) {
    if (newer[key] !== undefined) Object.assign(combined, { [key]: newer[key] });
  }
  return combined;
};

/** An editor's correction applied to extracted data; a re-pointed end loses its old mention. */
export const applyCorrection = (statement: Statement, c: StatementCorrection): Statement => {
  const next: Statement = { ...statement };
  if (c.speakerId !== undefined) {
    next.speaker =
      c.speakerId === null
        ? null
        : { entityId: c.speakerId, mention: keptMention(statement.speaker, c.speakerId) };
  }
  if (c.targetId !== undefined) {
    next.target =
      c.targetId === null
        ? null
        : { entityId: c.targetId, mention: keptMention(statement.target, c.targetId) };
  }
  if (c.relation !== undefined) next.relation = c.relation;
  if (c.verified !== undefined) next.verified = c.verified;
  return next;
};

const keptMention = (ref: Statement['speaker'], entityId: string) =>
  ref?.entityId === entityId ? ref.mention : null;

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

export const correctionFromRow = (row: Row): StatementCorrection => {
  const c: StatementCorrection = { statementId: row.statementId as string };
  if (row.speakerSet === true) c.speakerId = (row.speakerId as string | undefined) ?? null;
  if (row.targetSet === true) c.targetId = (row.targetId as string | undefined) ?? null;
  if (typeof row.relation === 'string') c.relation = row.relation as StatementCorrection['relation'];
  if (typeof row.verified === 'boolean') c.verified = row.verified;
  return c;
};
