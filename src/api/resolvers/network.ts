import type { Entity, NetworkEdge, NetworkNode, Relation } from '../../domain/model.js';
import type { ApiContext } from '../context.js';
import { pageArgs } from '../connection.js';
import { apiError } from '../errors.js';

export interface NetworkQueryArgs {
  center: string;
  depth?: number | null;
  relations?: Relation[] | null;
  from?: string | null;
  to?: string | null;
  minCount?: number | null;
  limit?: number | null;
}

/** Node cap for one network; more would not render usefully in a dashboard anyway. */
const MAX_NODES = 1000;

export const networkQuery = async (args: NetworkQueryArgs, ctx: ApiContext) => {
  const depth = args.depth ?? 1;
  if (depth !== 1 && depth !== 2)
    throw apiError('BAD_USER_INPUT', `depth must be 1 or 2, got ${depth}`);
  const limit = args.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NODES) {
    throw apiError('BAD_USER_INPUT', `limit must be between 1 and ${MAX_NODES}, got ${limit}`);
  }
  const minCount = args.minCount ?? 1;
  if (minCount < 1)
    throw apiError('BAD_USER_INPUT', `minCount must be at least 1, got ${minCount}`);
  return ctx.store.network({
    center: args.center,
    depth,
    limit,
    minCount,
    ...(args.relations?.length ? { relations: args.relations } : {}),
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
  });
};

export const networkResolvers = {
  NetworkNode: {
    id: (n: NetworkNode) => n.entity.id,
    entity: (n: NetworkNode): Entity => n.entity,
  },
  NetworkEdge: {
    id: (e: NetworkEdge) => `${e.source}|${e.relation}|${e.target}`,
    statements: async (e: NetworkEdge, { first }: { first?: number | null }, ctx: ApiContext) => {
      const size = pageArgs(ctx.limits, first, null, 50).first;
      const loaded = await ctx.loaders.statement.loadMany(e.statementIds.slice(0, size));
      return loaded.filter((s) => s !== null && !(s instanceof Error));
    },
  },
};
