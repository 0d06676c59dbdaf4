import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { InvalidArgumentError, NotFoundError, QuotegraphError } from '../../domain/errors.js';
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
import { applyCorrection, mergeCorrections } from '../corrections.js';
import { pageSorted } from '../paging.js';
import type { GraphStore } from '../port.js';
import { validateArticleGraph } from '../validate-article-graph.js';
import { StatementIndexes } from './indexes.js';
import { buildNetwork, counterparts, timeline } from './network.js';
import {
  emptySnapshot,
  readSnapshot,
  removeStaleTemps,
  STORE_FILE,
  writeSnapshotAtomically,
  type Snapshot,
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

const fingerprint = (graph: ArticleGraph): string =>
  createHash('sha256').update(JSON.stringify(graph)).digest('base64url');

const uniqueAliases = (name: string, names: Iterable<string>): string[] =>
  [...new Set(names)].filter((n) => n && n !== name).sort();

/** The zero-setup store: an in-process graph persisted to one file with atomic writes. */
export class EmbeddedStore implements GraphStore {
  private readonly articles = new Map<string, Article>();
  private readonly entities = new Map<string, Entity>();
  private readonly raw = new Map<string, Statement>();
  private readonly statements = new Map<string, Statement>();
  private readonly corrections = new Map<string, StatementCorrection>();
  private readonly redirects = new Map<string, string>();
  private readonly fingerprints = new Map<string, string>();
  private readonly entityArticles = new Map<string, Set<string>>();
  private readonly indexes = new StatementIndexes();
  private readonly sortedCache = new Map<string, Statement[]>();
  private writing: Promise<void> = Promise.resolve();
  private lock: StoreLock | null = null;

  /** The read-side view the query modules work on. */
  private get view() {
    const { statements, articles, entities, indexes, sortedCache } = this;
    return { statements, articles, entities, indexes, sortedCache };
  }

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
      if (snapshot) store.load(snapshot);
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

  private load(snapshot: Snapshot): void {
    for (const a of snapshot.articles) this.articles.set(a.id, a);
    for (const e of snapshot.entities) this.entities.set(e.id, e);
    for (const c of snapshot.corrections) this.corrections.set(c.statementId, c);
    for (const [from, to] of snapshot.redirects) this.redirects.set(from, to);
    for (const [id, print] of snapshot.fingerprints) this.fingerprints.set(id, print);
    for (const [id, list] of snapshot.entityArticles) this.entityArticles.set(id, new Set(list));
    for (const s of snapshot.statements) this.addStatement(s);
  }

  private snapshot(): Snapshot {
    return {
      ...emptySnapshot(),
      articles: [...this.articles.values()],
      entities: [...this.entities.values()],
      statements: [...this.raw.values()],
      corrections: [...this.corrections.values()],
      redirects: [...this.redirects],
      fingerprints: [...this.fingerprints],
      entityArticles: [...this.entityArticles].map(([id, set]) => [id, [...set]]),
    };
  }

  /** Serialises writes: each flush waits for the previous one, so the file is never interleaved. */
  private flush(): Promise<void> {
    if (!this.persist) return Promise.resolve();
    const snapshot = this.snapshot();
    this.writing = this.writing.then(() => writeSnapshotAtomically(this.file, snapshot));
    return this.writing;
  }

  private resolveId(id: string): string {
    let current = id;
    for (let hops = 0; this.redirects.has(current) && hops < 100; hops++)
      current = this.redirects.get(current)!;
    return current;
  }

  private addStatement(rawStatement: Statement): void {
    this.raw.set(rawStatement.id, rawStatement);
    const correction = this.corrections.get(rawStatement.id);
    const s = correction ? applyCorrection(rawStatement, correction) : rawStatement;
    this.statements.set(s.id, s);
    this.indexes.index(s);
  }

  private removeStatement(id: string): void {
    const s = this.statements.get(id);
    if (s) this.indexes.unindex(s);
    this.statements.delete(id);
    this.raw.delete(id);
  }

  private upsertOne(graph: ArticleGraph): UpsertResult {
    validateArticleGraph(graph);
    const { article } = graph;
    const print = fingerprint(graph);
    const result = {
      articleId: article.id,
      statements: graph.statements.length,
      entities: graph.entities.length,
    };
    if (this.fingerprints.get(article.id) === print) return { ...result, changed: false };
    for (const id of [...this.indexes.byArticle.get(article.id)]) this.removeStatement(id);
    for (const [entityId, set] of this.entityArticles) {
      if (set.delete(article.id) && set.size === 0) {
        this.entityArticles.delete(entityId);
        this.entities.delete(entityId);
      }
    }
    this.articles.set(article.id, article);
    for (const incoming of graph.entities) {
      const id = this.resolveId(incoming.id);
      const existing = this.entities.get(id);
      const base = existing ?? { ...incoming, id };
      const names = [...base.aliases, ...incoming.aliases, incoming.name];
      this.entities.set(id, { ...base, aliases: uniqueAliases(base.name, names) });
      const set = this.entityArticles.get(id) ?? new Set<string>();
      set.add(article.id);
      this.entityArticles.set(id, set);
    }
    const mapRef = <R extends { entityId: string } | null>(ref: R): R =>
      ref ? { ...ref, entityId: this.resolveId(ref.entityId) } : ref;
    for (const s of graph.statements)
      this.addStatement({ ...s, speaker: mapRef(s.speaker), target: mapRef(s.target) });
    this.fingerprints.set(article.id, print);
    this.sortedCache.clear();
    return { ...result, changed: true };
  }

  async upsertArticle(graph: ArticleGraph): Promise<UpsertResult> {
    const [result] = await this.upsertArticles([graph]);
    return result!;
  }

  async upsertArticles(graphs: ArticleGraph[]): Promise<UpsertResult[]> {
    this.assertWritable();
    graphs.forEach(validateArticleGraph);
    const results = graphs.map((g) => this.upsertOne(g));
    if (results.some((r) => r.changed)) await this.flush();
    return results;
  }

  async getArticles(ids: readonly string[]): Promise<(Article | null)[]> {
    return ids.map((id) => this.articles.get(id) ?? null);
  }

  async getEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
    return ids.map((id) => this.entities.get(this.resolveId(id)) ?? null);
  }

  async getStatements(ids: readonly string[]): Promise<(Statement | null)[]> {
    return ids.map((id) => this.statements.get(id) ?? null);
  }

  async findStatements(
    filter: StatementFilter,
    page: PageArgs,
    orderBy: StatementOrder = 'PUBLISHED_DESC',
  ): Promise<Page<Statement>> {
    const resolved: StatementFilter = {
      ...filter,
      speaker: filter.speaker && this.resolveId(filter.speaker),
      target: filter.target && this.resolveId(filter.target),
      between: filter.between?.map((id) => this.resolveId(id)),
    };
    return queryStatements(this.view, resolved, page, orderBy);
  }

  async findEntities(filter: EntityFilter, page: PageArgs): Promise<Page<Entity>> {
    const needle = filter.name?.toLowerCase();
    const kinds = filter.kinds?.length ? new Set<EntityKind>(filter.kinds) : null;
    const matches = [...this.entities.values()]
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
    const hits = searchAll(query, options, this.entities.values(), this.statements, this.indexes);
    const keyOf = (h: SearchHit) => [-h.score, hitId(h)];
    const compare = (a: unknown[], b: unknown[]) =>
      (a[0] as number) - (b[0] as number) || (a[1] as string).localeCompare(b[1] as string);
    hits.sort((a, b) => compare(keyOf(a), keyOf(b)));
    return pageSorted(hits, page, keyOf, (h, key) => compare(keyOf(h), key));
  }

  async counterparts(entityId: string, direction: 'OUT' | 'IN'): Promise<Counterpart[]> {
    return counterparts(this.view, this.resolveId(entityId), direction);
  }

  async network(args: NetworkArgs): Promise<Network> {
    if (args.depth !== 1 && args.depth !== 2)
      throw new InvalidArgumentError('depth must be 1 or 2', { depth: args.depth });
    return buildNetwork(this.view, { ...args, center: this.resolveId(args.center) });
  }

  async timeline(
    entityId: string,
    options: { relation?: Relation; interval: TimelineInterval; direction?: 'OUT' | 'IN' | 'BOTH' },
  ): Promise<TimelineBucket[]> {
    return timeline(this.view, this.resolveId(entityId), options);
  }

  async correctStatement(correction: StatementCorrection): Promise<Statement> {
    this.assertWritable();
    const rawStatement = this.raw.get(correction.statementId);
    if (!rawStatement) throw new NotFoundError('statement', correction.statementId);
    for (const id of [correction.speakerId, correction.targetId])
      if (id && !this.entities.has(id)) throw new NotFoundError('entity', id);
    this.corrections.set(
      correction.statementId,
      mergeCorrections(this.corrections.get(correction.statementId), correction),
    );
    this.removeStatement(rawStatement.id);
    this.addStatement(rawStatement);
    this.sortedCache.clear();
    await this.flush();
    return this.statements.get(rawStatement.id)!;
  }

  async mergeEntities(survivorId: string, mergedId: string): Promise<Entity> {
    this.assertWritable();
    const survivor = this.entities.get(this.resolveId(survivorId));
    const merged = this.entities.get(this.resolveId(mergedId));
    if (!survivor) throw new NotFoundError('entity', survivorId);
    if (!merged) throw new NotFoundError('entity', mergedId);
    if (survivor.id === merged.id) return survivor;
    const repoint = <R extends { entityId: string } | null>(ref: R): R =>
      ref && ref.entityId === merged.id ? { ...ref, entityId: survivor.id } : ref;
    const touched = new Set([
      ...this.indexes.bySpeaker.get(merged.id),
      ...this.indexes.byTarget.get(merged.id),
    ]);
    for (const id of touched) {
      const rawStatement = this.raw.get(id)!;
      this.removeStatement(id);
      this.addStatement({
        ...rawStatement,
        speaker: repoint(rawStatement.speaker),
        target: repoint(rawStatement.target),
      });
    }
    for (const [id, c] of this.corrections) {
      if (c.speakerId === merged.id || c.targetId === merged.id)
        this.corrections.set(id, {
          ...c,
          ...(c.speakerId === merged.id ? { speakerId: survivor.id } : {}),
          ...(c.targetId === merged.id ? { targetId: survivor.id } : {}),
        });
    }
    const names = [...survivor.aliases, merged.name, ...merged.aliases];
    const united: Entity = { ...survivor, aliases: uniqueAliases(survivor.name, names) };
    this.entities.set(survivor.id, united);
    this.entities.delete(merged.id);
    const articles = this.entityArticles.get(survivor.id) ?? new Set<string>();
    for (const a of this.entityArticles.get(merged.id) ?? []) articles.add(a);
    this.entityArticles.set(survivor.id, articles);
    this.entityArticles.delete(merged.id);
    this.redirects.set(merged.id, survivor.id);
    this.sortedCache.clear();
    await this.flush();
    return united;
  }

  async counts(): Promise<GraphCounts> {
    return {
      articles: this.articles.size,
      statements: this.statements.size,
      entities: this.entities.size,
    };
  }

  async close(): Promise<void> {
    await this.writing;
    await this.lock?.release();
    this.lock = null;
  }
}

export const openEmbeddedStore = (options: EmbeddedStoreOptions): Promise<EmbeddedStore> =>
  EmbeddedStore.open(options);
