import { join } from 'node:path';
import { InvalidArgumentError, QuotegraphError } from '../../domain/errors.js';
import { acquireLock, type StoreLock } from './lock.js';
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
import { pageSorted } from '../paging.js';
import type { GraphStore } from '../port.js';
import { validateArticleGraph } from '../validate-article-graph.js';
import { EmbeddedState } from './state.js';
import { buildNetwork, counterparts, timeline } from './network.js';
import {
  readSnapshot,
  removeStaleTemps,
  STORE_FILE,
  writeSnapshotAtomically,
} from './persistence.js';
import { hitId, searchAll } from './search.js';
import { queryStatements } from './statement-query.js';

export interface EmbeddedStoreOptions {
  /** Data directory holding `store.json`; created on first write. */
  dir: string;
  /** When false, nothing is written to disk (tests, benchmarks). Defaults to true. */
  persist?: boolean;
  /** Open without the writer lock; every write then fails. For `stats` beside a running server. */
  readOnly?: boolean;
}

/** The zero-setup store: an in-process graph persisted to one file with atomic writes. */
export class EmbeddedStore implements GraphStore {
  private state = new EmbeddedState();
  private writing: Promise<void> = Promise.resolve();
  private lock: StoreLock | null = null;

  private constructor(
    readonly file: string,
    private readonly persist: boolean,
    private readonly readOnly: boolean,
  ) {}

  static async open(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
    const persist = options.persist ?? true;
    const store = new EmbeddedStore(
      join(options.dir, STORE_FILE),
      persist,
      options.readOnly ?? false,
    );
    if (persist && !store.readOnly) {
      store.lock = await acquireLock(options.dir);
      await removeStaleTemps(options.dir);
    }
    try {
      const snapshot = persist ? await readSnapshot(store.file) : null;
      if (snapshot) store.state = EmbeddedState.fromSnapshot(snapshot);
    } catch (error) {
      await store.lock?.release();
      throw error;
    }
    return store;
  }

  private assertWritable(): void {
    if (this.readOnly)
      throw new QuotegraphError('CONFLICT', `store ${this.file} was opened read-only`);
  }

  /** Serialises writes: each flush waits for the previous one, so the file is never interleaved. */
  private flush(): Promise<void> {
    if (!this.persist) return Promise.resolve();
    const snapshot = this.state.toSnapshot();
    this.writing = this.writing.then(() => writeSnapshotAtomically(this.file, snapshot));
    return this.writing;
  }

  async upsertArticle(graph: ArticleGraph): Promise<UpsertResult> {
    const [result] = await this.upsertArticles([graph]);
    return result!;
  }

  async upsertArticles(graphs: ArticleGraph[]): Promise<UpsertResult[]> {
    this.assertWritable();
    graphs.forEach(validateArticleGraph);
    const results = graphs.map((g) => this.state.upsert(g));
    if (results.some((r) => r.changed)) await this.flush();
    return results;
  }

  async getArticles(ids: readonly string[]): Promise<(Article | null)[]> {
    return ids.map((id) => this.state.articles.get(id) ?? null);
  }

  async getEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
    return ids.map((id) => this.state.entities.get(this.state.resolveId(id)) ?? null);
  }

  async getStatements(ids: readonly string[]): Promise<(Statement | null)[]> {
    return ids.map((id) => this.state.statements.get(id) ?? null);
  }

  async findStatements(
    filter: StatementFilter,
    page: PageArgs,
    orderBy: StatementOrder = 'PUBLISHED_DESC',
  ): Promise<Page<Statement>> {
    const resolve = (id: string) => this.state.resolveId(id);
    const resolved: StatementFilter = {
      ...filter,
      speaker: filter.speaker && resolve(filter.speaker),
      target: filter.target && resolve(filter.target),
      between: filter.between?.map(resolve),
    };
    return queryStatements(this.state, resolved, page, orderBy);
  }

  async findEntities(filter: EntityFilter, page: PageArgs): Promise<Page<Entity>> {
    const needle = filter.name?.toLowerCase();
    const kinds = filter.kinds?.length ? new Set<EntityKind>(filter.kinds) : null;
    const matches = [...this.state.entities.values()]
      .filter((e) => !kinds || kinds.has(e.kind))
      .filter(
        (e) => !needle || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle)),
      )
      .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
    const keyOf = (e: Entity) => [e.name, e.id];
    return pageSorted(matches, page, keyOf, (e, key) => {
      const [name, id] = key as [string, string];
      return e.name === name ? (e.id < id ? -1 : e.id > id ? 1 : 0) : e.name < name ? -1 : 1;
    });
  }

  async search(
    query: string,
    options: { kinds?: ('ENTITY' | 'STATEMENT')[]; entityKinds?: EntityKind[] },
    page: PageArgs,
  ): Promise<Page<SearchHit>> {
    const { entities, statements, indexes } = this.state;
    const hits = searchAll(query, options, entities.values(), statements, indexes);
    const keyOf = (h: SearchHit) => [-h.score, hitId(h)];
    const compare = (a: unknown[], b: unknown[]) =>
      (a[0] as number) - (b[0] as number) || (a[1] as string).localeCompare(b[1] as string);
    hits.sort((a, b) => compare(keyOf(a), keyOf(b)));
    return pageSorted(hits, page, keyOf, (h, key) => compare(keyOf(h), key));
  }

  async counterparts(entityId: string, direction: 'OUT' | 'IN'): Promise<Counterpart[]> {
    return counterparts(this.state, this.state.resolveId(entityId), direction);
  }

  async network(args: NetworkArgs): Promise<Network> {
    if (args.depth !== 1 && args.depth !== 2)
      throw new InvalidArgumentError('depth must be 1 or 2', { depth: args.depth });
    return buildNetwork(this.state, { ...args, center: this.state.resolveId(args.center) });
  }

  async timeline(
    entityId: string,
    options: { relation?: Relation; interval: TimelineInterval; direction?: 'OUT' | 'IN' | 'BOTH' },
  ): Promise<TimelineBucket[]> {
    return timeline(this.state, this.state.resolveId(entityId), options);
  }

  async correctStatement(correction: StatementCorrection): Promise<Statement> {
    this.assertWritable();
    const corrected = this.state.correct(correction);
    await this.flush();
    return corrected;
  }

  async mergeEntities(survivorId: string, mergedId: string): Promise<Entity> {
    this.assertWritable();
    const united = this.state.merge(survivorId, mergedId);
    await this.flush();
    return united;
  }

  async counts(): Promise<GraphCounts> {
    const { articles, statements, entities } = this.state;
    return { articles: articles.size, statements: statements.size, entities: entities.size };
  }

  async close(): Promise<void> {
    await this.writing;
    await this.lock?.release();
    this.lock = null;
  }
}

export const openEmbeddedStore = (options: EmbeddedStoreOptions): Promise<EmbeddedStore> =>
  EmbeddedStore.open(options);
