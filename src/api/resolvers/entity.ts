import type { Entity, EntityKind, Relation } from '../../domain/model.js';
import { pageArgs, toConnection } from '../connection.js';
import type { ApiContext } from '../context.js';

const TYPE_BY_KIND: Record<EntityKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  LOCATION: 'Location',
  GROUP: 'Group',
};

export const entityTypeName = (entity: Entity): string => TYPE_BY_KIND[entity.kind];

interface StatementsArgs {
  first?: number | null;
  after?: string | null;
  relation?: Relation[] | null;
}

const statementsOf =
  (field: 'speaker' | 'target') =>
  async (entity: Entity, args: StatementsArgs, ctx: ApiContext) => {
    const page = await ctx.store.findStatements(
      { [field]: entity.id, ...(args.relation?.length ? { relations: args.relation } : {}) },
      pageArgs(ctx.limits, args.first, args.after),
      'PUBLISHED_DESC',
    );
    return toConnection(page);
  };

/** Shared by every Entity type (the schema is built with inheritResolversFromInterfaces). */
export const entityResolvers = {
  Entity: {
    __resolveType: entityTypeName,
    statementsMadeCount: (e: Entity, _: unknown, ctx: ApiContext) =>
      ctx.loaders.madeCount.load(e.id),
    statementsAboutCount: (e: Entity, _: unknown, ctx: ApiContext) =>
      ctx.loaders.aboutCount.load(e.id),
    statementsMade: statementsOf('speaker'),
    statementsAbout: statementsOf('target'),
    counterparts: (e: Entity, args: { direction: 'OUT' | 'IN' }, ctx: ApiContext) =>
      ctx.store.counterparts(e.id, args.direction),
  },
};
