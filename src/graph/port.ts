import type {
  Article,
  ArticleGraph,
  Counterpart,
  Entity,
  EntityFilter,
  EntityKind,
  GraphCounts,
  Network,
  NetworkArgs,
  Page,
  PageArgs,
  Relation,
  SearchHit,
  Statement,
  StatementCorrection,
  StatementFilter,
  StatementOrder,
  TimelineBucket,
  TimelineInterval,
  UpsertResult,
} from '../domain/model.js';

/**
 * The storage port, in domain terms. Both adapters (embedded, neo4j) pass the same contract
 * suite in test/graph/contract.ts; the API and CLI see only this interface.
 */
export interface GraphStore {
  /**
   * Stores an article's extraction, replacing what that article contributed before.
   * Idempotent: the same graph twice leaves the store unchanged (`changed: false`).
   * Editorial corrections to its statements are re-applied.
   */
  upsertArticle(graph: ArticleGraph): Promise<UpsertResult>;
  /** Same as upsertArticle for each, in one batch where the adapter can. */
  upsertArticles(graphs: ArticleGraph[]): Promise<UpsertResult[]>;

  getArticles(ids: readonly string[]): Promise<(Article | null)[]>;
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]>;
  getStatements(ids: readonly string[]): Promise<(Statement | null)[]>;

  findStatements(
    filter: StatementFilter,
    page: PageArgs,
    orderBy?: StatementOrder,
  ): Promise<Page<Statement>>;
  findEntities(filter: EntityFilter, page: PageArgs): Promise<Page<Entity>>;
  /** Full-text and fuzzy search over quote text and entity names/aliases. */
  search(
    query: string,
    options: { kinds?: ('ENTITY' | 'STATEMENT')[]; entityKinds?: EntityKind[] },
    page: PageArgs,
  ): Promise<Page<SearchHit>>;

  counterparts(entityId: string, direction: 'OUT' | 'IN'): Promise<Counterpart[]>;
  network(args: NetworkArgs): Promise<Network>;
  timeline(
    entityId: string,
    options: { relation?: Relation; interval: TimelineInterval; direction?: 'OUT' | 'IN' | 'BOTH' },
  ): Promise<TimelineBucket[]>;

  /** Records an editor's correction; it outlives re-ingest of the article. */
  correctStatement(correction: StatementCorrection): Promise<Statement>;
  /**
   * Folds `mergedId` into `survivorId`: statements re-pointed, aliases united. The caller records
   * the editorial decision so later ingests resolve to the survivor.
   */
  mergeEntities(survivorId: string, mergedId: string): Promise<Entity>;

  counts(): Promise<GraphCounts>;
  close(): Promise<void>;
}
