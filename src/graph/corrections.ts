import type { Statement, StatementCorrection } from '../domain/model.js';

/** Applies an editor's correction to an extracted statement; both adapters share this rule. */
export function applyCorrection(statement: Statement, correction: StatementCorrection): Statement {
  const next: Statement = { ...statement };
  if (correction.speakerId !== undefined) {
    next.speaker =
      correction.speakerId === null
        ? null
        : {
            entityId: correction.speakerId,
            mention: statement.speaker?.mention ?? null,
          };
  }
  if (correction.targetId !== undefined) {
    next.target =
      correction.targetId === null
        ? null
        : { entityId: correction.targetId, mention: statement.target?.mention ?? null };
  }
  if (correction.relation !== undefined) next.relation = correction.relation;
  if (correction.verified !== undefined) next.verified = correction.verified;
  return next;
}

/** Folds two corrections of one statement: later fields win. */
export const mergeCorrections = (
  earlier: StatementCorrection | undefined,
  later: StatementCorrection,
): StatementCorrection => ({ ...earlier, ...later });
