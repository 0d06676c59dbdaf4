import type { Relation, Statement, StatementCorrection } from '../../domain/model.js';
import { requireKey } from '../auth.js';
import type { ApiContext } from '../context.js';
import type { ArticleInput } from '../deps.js';
import { apiError } from '../errors.js';
import { articleStatements } from './article.js';

const validateArticles = (input: ArticleInput[], max: number) => {
  if (input.length === 0) throw apiError('BAD_USER_INPUT', 'input holds no articles');
  if (input.length > max) {
    throw apiError('BAD_USER_INPUT', `At most ${max} articles per call, got ${input.length}`, {
      limit: max,
    });
  }
  const empty = input.flatMap((a, index) => (a.text.trim() === '' ? [index] : []));
  if (empty.length > 0) {
    // Reject the whole call so a client never has to work out which half was stored.
    throw apiError('BAD_USER_INPUT', `Articles at index ${empty.join(', ')} have empty text`, {
      indexes: empty,
    });
  }
};

interface CorrectArgs {
  id: string;
  speaker?: string | null;
  target?: string | null;
  relation?: Relation | null;
  verified?: boolean | null;
}

/** Omitted arguments are absent from `args`; an explicit null clears speaker or target. */
const toCorrection = (args: CorrectArgs): StatementCorrection => {
  const c: StatementCorrection = { statementId: args.id };
  if ('speaker' in args) c.speakerId = args.speaker ?? null;
  if ('target' in args) c.targetId = args.target ?? null;
  if (args.relation != null) c.relation = args.relation;
  if (args.verified != null) c.verified = args.verified;
  if (Object.keys(c).length === 1) {
    throw apiError('BAD_USER_INPUT', 'Give at least one of speaker, target, relation, verified');
  }
  return c;
};

export const mutationResolvers = {
  Mutation: {
    ingestArticles: async (_: unknown, { input }: { input: ArticleInput[] }, ctx: ApiContext) => {
      requireKey(ctx.principal, 'ingestArticles');
      const ingest = ctx.deps.ingest;
      if (!ingest) throw apiError('NOT_CONFIGURED', 'This server has no ingest pipeline');
      validateArticles(input, ctx.limits.maxIngestArticles);
      const report = await ingest(input);
      const statements: Statement[] = [];
      for (const result of report.results.filter((r) => r.changed)) {
        statements.push(...(await articleStatements(ctx.store, result.articleId)));
      }
      for (const s of statements) ctx.events.publish(s);
      ctx.logger.info(
        { articles: report.results.length, statements: statements.length },
        'ingested articles',
      );
      return {
        articles: report.results.map((r) => ({
          article: ctx.loaders.article.load(r.articleId),
          changed: r.changed,
          statementCount: r.statements,
          entityCount: r.entities,
        })),
        statements,
        failed: report.failed ?? [],
      };
    },
    correctStatement: async (_: unknown, args: CorrectArgs, ctx: ApiContext) => {
      requireKey(ctx.principal, 'correctStatement');
      const statement = await ctx.store.correctStatement(toCorrection(args));
      ctx.logger.info({ statementId: args.id }, 'statement corrected');
      return statement;
    },
    mergeEntities: async (
      _: unknown,
      { survivor, merged }: { survivor: string; merged: string },
      ctx: ApiContext,
    ) => {
      requireKey(ctx.principal, 'mergeEntities');
      if (survivor === merged)
        throw apiError('BAD_USER_INPUT', 'An entity cannot merge with itself');
      const entity = await ctx.store.mergeEntities(survivor, merged);
      await ctx.deps.decisions?.recordMerge(survivor, merged);
      ctx.logger.info({ survivor, merged }, 'entities merged');
      return entity;
    },
    splitEntity: async (
      _: unknown,
      args: { entity: string; aliases: string[]; name?: string | null },
      ctx: ApiContext,
    ) => {
      requireKey(ctx.principal, 'splitEntity');
      const decisions = ctx.deps.decisions;
      if (!decisions) throw apiError('NOT_CONFIGURED', 'This server keeps no editorial decisions');
      const aliases = [...new Set(args.aliases.map((a) => a.trim()).filter(Boolean))];
      const name = args.name?.trim() || aliases[0];
      if (!name) throw apiError('BAD_USER_INPUT', 'Give at least one alias to split off');
      const outcome = await decisions.recordSplit({ entityId: args.entity, aliases, name });
      ctx.logger.info({ entity: args.entity, aliases }, 'entity split recorded');
      return { entity: ctx.loaders.entity.load(args.entity), ...outcome };
    },
  },
};
