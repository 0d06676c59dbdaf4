import type {
  Article,
  Counterpart,
  Entity,
  Network,
  NetworkArgs,
  NetworkEdge,
  Relation,
  RelationCount,
  Statement,
  TimelineBucket,
  TimelineInterval,
} from '../../domain/model.js';
import type { StatementIndexes } from './indexes.js';
import { withinDates } from './statement-query.js';

export interface NetworkState {
  statements: ReadonlyMap<string, Statement>;
  entities: ReadonlyMap<string, Entity>;
  articles: ReadonlyMap<string, Article>;
  indexes: StatementIndexes;
}

const DEFAULT_NODE_LIMIT = 200;

/** Statements with both ends, touching an entity, that pass the relation and date filters. */
function edgesOf(
  state: NetworkState,
  entityId: string,
  accept: (s: Statement) => boolean,
): Statement[] {
  const out: Statement[] = [];
  for (const index of [state.indexes.bySpeaker, state.indexes.byTarget]) {
    for (const id of index.get(entityId)) {
      const s = state.statements.get(id);
      if (s?.speaker && s.target && s.speaker.entityId !== s.target.entityId && accept(s))
        out.push(s);
    }
  }
  return out;
}

/** Breadth-first neighbourhood of the centre, edges aggregated per (speaker, target, relation). */
export function buildNetwork(state: NetworkState, args: NetworkArgs): Network {
  if (!state.entities.has(args.center)) return { nodes: [], edges: [] };
  const relations = args.relations?.length ? new Set<Relation>(args.relations) : null;
  const accept = (s: Statement) =>
    (!relations || relations.has(s.relation)) &&
    withinDates(state.articles.get(s.articleId)?.publishedAt ?? null, args.from, args.to);
  const distance = new Map<string, number>([[args.center, 0]]);
  const seen = new Set<string>();
  const statements: Statement[] = [];
  let frontier = [args.center];
  for (let hop = 1; hop <= args.depth; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const s of edgesOf(state, id, accept)) {
        if (seen.has(s.id)) continue;
        seen.add(s.id);
        statements.push(s);
        for (const end of [s.speaker!.entityId, s.target!.entityId]) {
          if (!distance.has(end)) {
            distance.set(end, hop);
            next.push(end);
          }
        }
      }
    }
    frontier = next;
  }
  const edges = new Map<string, NetworkEdge>();
  for (const s of statements) {
    const key = `${s.speaker!.entityId}>${s.target!.entityId}>${s.relation}`;
    const edge = edges.get(key) ?? {
      source: s.speaker!.entityId,
      target: s.target!.entityId,
      relation: s.relation,
      count: 0,
      statementIds: [],
    };
    edge.count++;
    edge.statementIds.push(s.id);
    edges.set(key, edge);
  }
  const kept = [...edges.values()].filter((e) => e.count >= (args.minCount ?? 1));
  const activity = new Map<string, number>();
  for (const e of kept)
    for (const end of [e.source, e.target]) activity.set(end, (activity.get(end) ?? 0) + e.count);
  const ranked = [...activity.keys()]
    .filter((id) => id !== args.center)
    .sort((a, b) => activity.get(b)! - activity.get(a)! || (a < b ? -1 : 1));
  const limit = Math.max(1, args.limit ?? DEFAULT_NODE_LIMIT);
  const nodeIds = new Set([args.center, ...ranked.slice(0, limit - 1)]);
  return {
    nodes: [...nodeIds].map((id) => ({
      entity: state.entities.get(id)!,
      activity: activity.get(id) ?? 0,
      distance: distance.get(id) ?? 0,
    })),
    edges: kept.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)),
  };
}

export function counterparts(
  state: NetworkState,
  entityId: string,
  direction: 'OUT' | 'IN',
): Counterpart[] {
  const index = direction === 'OUT' ? state.indexes.bySpeaker : state.indexes.byTarget;
  const groups = new Map<string, Map<Relation, number>>();
  for (const id of index.get(entityId)) {
    const s = state.statements.get(id);
    const other = direction === 'OUT' ? s?.target?.entityId : s?.speaker?.entityId;
    if (!s || !other || other === entityId) continue;
    const byRelation = groups.get(other) ?? new Map<Relation, number>();
    byRelation.set(s.relation, (byRelation.get(s.relation) ?? 0) + 1);
    groups.set(other, byRelation);
  }
  const result: Counterpart[] = [];
  for (const [id, byRelation] of groups) {
    const entity = state.entities.get(id);
    if (!entity) continue;
    const counts: RelationCount[] = [...byRelation]
      .map(([relation, count]) => ({ relation, count }))
      .sort((a, b) => b.count - a.count || (a.relation < b.relation ? -1 : 1));
    result.push({ entity, total: counts.reduce((n, c) => n + c.count, 0), byRelation: counts });
  }
  return result.sort((a, b) => b.total - a.total || (a.entity.name < b.entity.name ? -1 : 1));
}

/** First day of the bucket holding an ISO date; weeks start on Monday (ISO 8601). */
export function bucketStart(published: string, interval: TimelineInterval): string {
  const day = published.slice(0, 10);
  if (interval === 'DAY') return day;
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday);
  return date.toISOString().slice(0, 10);
}

export function timeline(
  state: NetworkState,
  entityId: string,
  options: { relation?: Relation; interval: TimelineInterval; direction?: 'OUT' | 'IN' | 'BOTH' },
): TimelineBucket[] {
  const direction = options.direction ?? 'BOTH';
  const ids = new Set<string>();
  if (direction !== 'IN') for (const id of state.indexes.bySpeaker.get(entityId)) ids.add(id);
  if (direction !== 'OUT') for (const id of state.indexes.byTarget.get(entityId)) ids.add(id);
  const buckets = new Map<string, number>();
  for (const id of ids) {
    const s = state.statements.get(id);
    const published = s && state.articles.get(s.articleId)?.publishedAt;
    if (!s || !published || (options.relation && s.relation !== options.relation)) continue;
    const start = bucketStart(published, options.interval);
    buckets.set(start, (buckets.get(start) ?? 0) + 1);
  }
  return [...buckets]
    .map(([start, count]) => ({ start, count }))
    .sort((a, b) => (a.start < b.start ? -1 : 1));
}
