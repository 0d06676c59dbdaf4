import neo4j, { type Driver } from 'neo4j-driver';
import { InvalidArgumentError } from '../../domain/errors.js';
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
} from '../../domain/model.js';
import type { GraphStore } from '../port.js';
import { CypherRunner, type Row } from './cypher-runner.js';
import { CypherStatements } from './cypher-statements.js';
import { toDomainError } from './driver-errors.js';
import { correctStatement, mergeEntities } from './editorial.js';
import { upsertArticleGraphs } from './ingest.js';
import { nameQuery, quoteQuery } from './lucene-query.js';
import { shapeNetwork, type RawEdge } from './network.js';
import { DEFAULT_BATCH_SIZE, validateOptions, type Neo4jStoreOptions } from './options.js';
import { pageWindow, toPage } from './offset-cursor.js';
import { articleFromRow, entityFromRow, quoteWords, statementFromRow } from './statement-rows.js';
import { APP_TAG } from './version.js';

const int = (value: number) => neo4j.int(value);
/** Full-text hits fetched per kind before paging; beyond this, refine the query. */
const SEARCH_CAP = 1000;

/** GraphStore on a Neo4j 5 server (self-hosted, cluster or Aura) through neo4j-driver. */
export class Neo4jStore implements GraphStore {
  private constructor(
    private readonly driver: Driver,
    readonly runner: CypherRunner,
    private readonly statements: CypherStatements,
    private readonly batchSize: number,
  ) {}

  /** Connects, checks the server answers, and creates the schema if it is missing. */
  static async open(options: Neo4jStoreOptions): Promise<Neo4jStore> {
    const { uri, user, password, database } = validateOptions(options);
    const driver = neo4j.driver(
      uri,
      user !== undefined && password !== undefined ? neo4j.auth.basic(user, password) : undefined,
      {
        disableLosslessIntegers: true,
        userAgent: APP_TAG,
        maxTransactionRetryTime: options.maxTransactionRetryTime ?? 30_000,
      },
    );
    const statements = CypherStatements.load();
    const runner = new CypherRunner(driver, statements, database, { app: APP_TAG });
    const store = new Neo4jStore(
      driver,
      runner,
      statements,
      options.batchSize ?? DEFAULT_BATCH_SIZE,
    );
    try {
      await driver.verifyConnectivity({ database });
      await store.ensureSchema();
    } catch (error) {
      await driver.close();
      throw toDomainError(error, 'startup');
    }
    return store;
  }

  /** Idempotent: every statement in cypher/schema says IF NOT EXISTS. */
  async ensureSchema(): Promise<void> {
    for (const name of this.statements.under('schema')) {
      await this.runner.write('schema', (tx) => this.runner.run(tx, name));
    }
  }

  async upsertArticle(graph: ArticleGraph): Promise<UpsertResult> {
    const [result] = await this.upsertArticles([graph]);
    return result!;
  }

  upsertArticles(graphs: ArticleGraph[]): Promise<UpsertResult[]> {
    return upsertArticleGraphs(this.runner, graphs, this.batchSize);
  }

  async getArticles(ids: readonly string[]): Promise<(Article | null)[]> {
    const rows = await this.runner.query('read/articles-by-id', { ids: [...ids] });
    return rows.map((r) => articleFromRow(r.article as Row | null));
  }

  /** Ids of merged entities lead to their survivor, as the embedded store's redirects do. */
  async resolveEntityIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.runner.query('read/resolve-entity-ids', { ids: [...ids] });
    return rows.map((r) => r.resolved as string);
  }

  private async resolveOne(id: string): Promise<string> {
    const [resolved] = await this.resolveEntityIds([id]);
    return resolved ?? id;
  }

  async getEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
    const resolved = await this.resolveEntityIds(ids);
    const rows = await this.runner.query('read/entities-by-id', { ids: resolved });
    return rows.map((r) => entityFromRow(r.entity as Row | null));
  }

  async getStatements(ids: readonly string[]): Promise<(Statement | null)[]> {
    const rows = await this.runner.query('read/statements-by-id', { ids: [...ids] });
    return rows.map(statementFromRow);
  }

  async findStatements(
    filter: StatementFilter,
    page: PageArgs,
    orderBy: StatementOrder = 'PUBLISHED_DESC',
  ): Promise<Page<Statement>> {
    const { skip, first } = pageWindow(page);
    const [speaker, target, ...between] = await this.resolveEntityIds([
      filter.speaker ?? '',
      filter.target ?? '',
      ...(filter.between ?? []),
    ]);
    const [row] = await this.runner.query('read/find-statements', {
      articleId: filter.articleId || null,
      speaker: filter.speaker ? speaker : null,
      target: filter.target ? target : null,
      between: filter.between?.length ? between : null,
      relations: filter.relations?.length ? filter.relations : null,
      quoteType: filter.quoteType ?? null,
      outlet: filter.outlet !== undefined ? filter.outlet.toLowerCase() : null,
      from: filter.from || null,
      to: filter.to || null,
      minConfidence: filter.minConfidence ?? null,
      verified: filter.verified ?? null,
      words: filter.text ? quoteWords(filter.text) : null,
      order: orderBy,
      skip: int(skip),
      limit: int(first),
    });
    const ids = (row?.ids as string[] | undefined) ?? [];
    const statements = (await this.getStatements(ids)).filter((s): s is Statement => s !== null);
    return toPage(statements, skip, Number(row?.totalCount ?? 0));
  }

  async findEntities(filter: EntityFilter, page: PageArgs): Promise<Page<Entity>> {
    const { skip, first } = pageWindow(page);
    const [row] = await this.runner.query('read/find-entities', {
      name: filter.name ? filter.name.toLowerCase() : null,
      kinds: filter.kinds?.length ? filter.kinds : null,
      skip: int(skip),
      limit: int(first),
    });
    const entities = ((row?.entities as Row[] | undefined) ?? []).map((e) => entityFromRow(e)!);
    return toPage(entities, skip, Number(row?.totalCount ?? 0));
  }

  async search(
    query: string,
    options: { kinds?: ('ENTITY' | 'STATEMENT')[]; entityKinds?: EntityKind[] },
    page: PageArgs,
  ): Promise<Page<SearchHit>> {
    const { skip, first } = pageWindow(page);
    const names = nameQuery(query);
    const quotes = quoteQuery(query);
    if (names === null || quotes === null) return toPage([], skip, 0);
    const kinds = options.kinds?.length ? options.kinds : ['ENTITY', 'STATEMENT'];
    const scored: { score: number; id: string; kind: 'entity' | 'statement'; entity?: Entity }[] =
      [];
    if (kinds.includes('ENTITY')) {
      const rows = await this.runner.query('read/search-entities', {
        query: names,
        kinds: options.entityKinds?.length ? options.entityKinds : null,
        limit: int(SEARCH_CAP),
      });
      for (const r of rows) {
        const entity = entityFromRow(r.entity as Row)!;
        scored.push({ score: r.score as number, id: entity.id, kind: 'entity', entity });
      }
    }
    if (kinds.includes('STATEMENT')) {
      const rows = await this.runner.query('read/search-statements', {
        query: quotes,
        limit: int(SEARCH_CAP),
      });
      for (const r of rows) {
        scored.push({ score: r.score as number, id: r.statementId as string, kind: 'statement' });
      }
    }
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const window = scored.slice(skip, skip + first);
    const statements = await this.getStatements(
      window.filter((h) => h.kind === 'statement').map((h) => h.id),
    );
    const byId = new Map(statements.filter((s) => s !== null).map((s) => [s!.id, s!]));
    const hits: SearchHit[] = window.map((h) =>
      h.kind === 'entity'
        ? { kind: 'entity', entity: h.entity!, score: h.score }
        : { kind: 'statement', statement: byId.get(h.id)!, score: h.score },
    );
    return toPage(hits, skip, scored.length);
  }

  async counterparts(entityId: string, direction: 'OUT' | 'IN'): Promise<Counterpart[]> {
    const rows = await this.runner.query('read/counterparts', {
      entityId: await this.resolveOne(entityId),
      direction,
    });
    return rows.map((r) => ({
      entity: entityFromRow(r.entity as Row)!,
      total: Number(r.total),
      byRelation: (r.byRelation as { relation: Relation; count: number }[]).map((b) => ({
        relation: b.relation,
        count: Number(b.count),
      })),
    }));
  }

  async network(args: NetworkArgs): Promise<Network> {
    if (args.depth !== 1 && args.depth !== 2) {
      throw new InvalidArgumentError('depth must be 1 or 2', { depth: args.depth });
    }
    const [center] = await this.getEntities([args.center]);
    if (!center) return { nodes: [], edges: [] };
    const params = {
      relations: args.relations?.length ? args.relations : null,
      from: args.from || null,
      to: args.to || null,
    };
    const distances = new Map<string, number>([[center.id, 0]]);
    const raw: RawEdge[] = [];
    let frontier = [center.id];
    for (let hop = 1; hop <= args.depth && frontier.length > 0; hop++) {
      const rows = await this.runner.query('read/statement-edges-around', {
        ...params,
        ids: frontier,
      });
      const next: string[] = [];
      for (const r of rows) {
        const edge = r as unknown as RawEdge;
        raw.push(edge);
        for (const id of [edge.source, edge.target]) {
          if (!distances.has(id)) {
            distances.set(id, hop);
            next.push(id);
          }
        }
      }
      frontier = next;
    }
    const ids = [...distances.keys()];
    const entities = new Map(
      (await this.getEntities(ids)).filter((e): e is Entity => e !== null).map((e) => [e.id, e]),
    );
    return shapeNetwork({ ...args, center: center.id }, distances, raw, entities);
  }

  async timeline(
    entityId: string,
    options: { relation?: Relation; interval: TimelineInterval; direction?: 'OUT' | 'IN' | 'BOTH' },
  ): Promise<TimelineBucket[]> {
    if (options.interval !== 'DAY' && options.interval !== 'WEEK') {
      throw new InvalidArgumentError(`unknown interval ${String(options.interval)}`);
    }
    const rows = await this.runner.query('read/timeline', {
      entityId: await this.resolveOne(entityId),
      relation: options.relation ?? null,
      interval: options.interval,
      direction: options.direction ?? 'BOTH',
    });
    return rows.map((r) => ({ start: r.start as string, count: Number(r.count) }));
  }

  correctStatement(correction: StatementCorrection): Promise<Statement> {
    return correctStatement(this, correction);
  }

  mergeEntities(survivorId: string, mergedId: string): Promise<Entity> {
    return mergeEntities(this, survivorId, mergedId);
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.runner.query('read/counts');
    return {
      articles: Number(row?.articles ?? 0),
      statements: Number(row?.statements ?? 0),
      entities: Number(row?.entities ?? 0),
    };
  }

  /** Every node and relationship, for tests and the re-ingest check; not part of the port. */
  async rawCounts(): Promise<{ nodes: number; relationships: number }> {
    const [row] = await this.runner.query('admin/count-nodes-and-relationships');
    return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
  }

  /** Relationship counts per type (SAID, ABOUT, IN, MENTIONS, ACCUSES, …); not part of the port. */
  async relationshipCounts(): Promise<Record<string, number>> {
    const rows = await this.runner.query('admin/count-relationships-by-type');
    return Object.fromEntries(rows.map((r) => [r.type as string, Number(r.count)]));
  }

  /** Constraints and indexes as the server reports them; not part of the port. */
  async schemaObjects(): Promise<{ constraints: Row[]; indexes: Row[] }> {
    return {
      constraints: await this.runner.query('admin/show-constraints'),
      indexes: await this.runner.query('admin/show-indexes'),
    };
  }

  /** Deletes all data (schema stays). Used to isolate tests; not part of the port. */
  async wipe(): Promise<void> {
    await this.runner.write('wipe', (tx) => this.runner.run(tx, 'admin/wipe'));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export const openNeo4jStore = (options: Neo4jStoreOptions): Promise<Neo4jStore> =>
  Neo4jStore.open(options);
