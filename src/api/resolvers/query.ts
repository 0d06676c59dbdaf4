import type {
  EntityKind,
  Relation,
  SearchHit,
  StatementOrder,
  TimelineInterval,
} from '../../domain/model.js';
import { pageArgs, toConnection } from '../connection.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import { toStatementFilter, type StatementFilterInput } from '../statement-filter.js';
import { entityTypeName } from './entity.js';
import { networkQuery, type NetworkQueryArgs } from './network.js';

interface PageInput {
  first?: number | null;
  after?: string | null;
}

/** `node(id)` dispatches on the id prefix; quotes are reachable through their statement only. */
const loadNode = async (id: string, ctx: ApiContext) => {
  if (id.startsWith('a_')) return ctx.loaders.article.load(id);
  if (id.startsWith('e_')) return ctx.loaders.entity.load(id);
  if (id.startsWith('s_')) return ctx.loaders.statement.load(id);
  return null;
};

const nodeTypeName = (node: object): string => {
  if ('relation' in node) return 'Statement';
  if ('kind' in node) return entityTypeName(node as Parameters<typeof entityTypeName>[0]);
  if ('statement' in node) return 'Quote';
  return 'Article';
};

export const queryResolvers = {
  Query: {
    statements: async (
      _: unknown,
      args: PageInput & { filter?: StatementFilterInput | null; orderBy?: StatementOrder | null },
      ctx: ApiContext,
    ) =>
      toConnection(
        await ctx.store.findStatements(
          toStatementFilter(args.filter),
          pageArgs(ctx.limits, args.first, args.after),
          args.orderBy ?? 'PUBLISHED_DESC',
        ),
      ),
    statement: (_: unknown, { id }: { id: string }, ctx: ApiContext) =>
      ctx.loaders.statement.load(id),
    entity: (_: unknown, { id }: { id: string }, ctx: ApiContext) => ctx.loaders.entity.load(id),
    entities: async (
      _: unknown,
      args: PageInput & { filter?: { name?: string | null; kinds?: EntityKind[] | null } | null },
      ctx: ApiContext,
    ) => {
      const filter = {
        ...(args.filter?.name ? { name: args.filter.name } : {}),
        ...(args.filter?.kinds?.length ? { kinds: args.filter.kinds } : {}),
      };
      return toConnection(
        await ctx.store.findEntities(filter, pageArgs(ctx.limits, args.first, args.after)),
      );
    },
    search: async (
      _: unknown,
      args: PageInput & {
        query: string;
        kinds?: ('ENTITY' | 'STATEMENT')[] | null;
        entityKinds?: EntityKind[] | null;
      },
      ctx: ApiContext,
    ) => {
      if (args.query.trim() === '') throw apiError('BAD_USER_INPUT', 'search query is empty');
      const page = await ctx.store.search(
        args.query,
        {
          ...(args.kinds?.length ? { kinds: args.kinds } : {}),
          ...(args.entityKinds?.length ? { entityKinds: args.entityKinds } : {}),
        },
        pageArgs(ctx.limits, args.first, args.after),
      );
      return {
        ...toConnection(page),
        edges: page.items.map(({ node, cursor }) => ({
          cursor,
          score: node.score,
          node: hitNode(node),
        })),
      };
    },
    network: (_: unknown, args: NetworkQueryArgs, ctx: ApiContext) => networkQuery(args, ctx),
    timeline: (
      _: unknown,
      args: {
        entity: string;
        relation?: Relation | null;
        interval?: TimelineInterval | null;
        direction?: 'OUT' | 'IN' | null;
      },
      ctx: ApiContext,
    ) =>
      ctx.store.timeline(args.entity, {
        interval: args.interval ?? 'DAY',
        direction: args.direction ?? 'BOTH',
        ...(args.relation ? { relation: args.relation } : {}),
      }),
    article: (_: unknown, { id }: { id: string }, ctx: ApiContext) => ctx.loaders.article.load(id),
    node: (_: unknown, { id }: { id: string }, ctx: ApiContext) => loadNode(id, ctx),
  },
  Node: { __resolveType: nodeTypeName },
  SearchResult: { __resolveType: nodeTypeName },
};

const hitNode = (hit: SearchHit) => (hit.kind === 'entity' ? hit.entity : hit.statement);
