import { createHash } from 'node:crypto';
import { NotFoundError } from '../../domain/errors.js';
import type {
  Article,
  ArticleGraph,
  Entity,
  Statement,
  StatementCorrection,
  UpsertResult,
} from '../../domain/model.js';
import { applyCorrection, mergeCorrections } from '../corrections.js';
import { StatementIndexes } from './indexes.js';
import { emptySnapshot, type Snapshot } from './persistence.js';

const fingerprint = (graph: ArticleGraph): string =>
  createHash('sha256').update(JSON.stringify(graph)).digest('base64url');

const uniqueAliases = (name: string, names: Iterable<string>): string[] =>
  [...new Set(names)].filter((n) => n && n !== name).sort();

type Ref = { entityId: string } | null;

/**
 * The embedded store's data and every mutation of it, kept consistent with its indexes.
 * Pure in-memory: persistence and locking belong to EmbeddedStore.
 */
export class EmbeddedState {
  readonly articles = new Map<string, Article>();
  readonly entities = new Map<string, Entity>();
  /** Statements as extracted; `statements` holds them with corrections applied. */
  readonly raw = new Map<string, Statement>();
  readonly statements = new Map<string, Statement>();
  readonly corrections = new Map<string, StatementCorrection>();
  readonly redirects = new Map<string, string>();
  readonly fingerprints = new Map<string, string>();
  /** Entity → articles naming it, and back, so an article's re-upsert touches only its own. */
  readonly entityArticles = new Map<string, Set<string>>();
  readonly articleEntities = new Map<string, Set<string>>();
  readonly indexes = new StatementIndexes();
  /** Sorted candidate lists for paging, valid until the next write. */
  readonly sortedCache = new Map<string, Statement[]>();

  static fromSnapshot(snapshot: Snapshot): EmbeddedState {
    const state = new EmbeddedState();
    for (const a of snapshot.articles) state.articles.set(a.id, a);
    for (const e of snapshot.entities) state.entities.set(e.id, e);
    for (const c of snapshot.corrections) state.corrections.set(c.statementId, c);
    for (const [from, to] of snapshot.redirects) state.redirects.set(from, to);
    for (const [id, print] of snapshot.fingerprints) state.fingerprints.set(id, print);
    for (const [entityId, articleIds] of snapshot.entityArticles)
      for (const articleId of articleIds) state.link(entityId, articleId);
    for (const s of snapshot.statements) state.addStatement(s);
    return state;
  }

  toSnapshot(): Snapshot {
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

  /** Follows merge redirects to the surviving entity id. */
  resolveId(id: string): string {
    let current = id;
    for (let hops = 0; this.redirects.has(current) && hops < 100; hops++)
      current = this.redirects.get(current)!;
    return current;
  }

  private link(entityId: string, articleId: string): void {
    const articles = this.entityArticles.get(entityId) ?? new Set<string>();
    articles.add(articleId);
    this.entityArticles.set(entityId, articles);
    const entities = this.articleEntities.get(articleId) ?? new Set<string>();
    entities.add(entityId);
    this.articleEntities.set(articleId, entities);
  }

  /** Forgets which entities an article named, dropping entities no article names any more. */
  private unlinkArticle(articleId: string): void {
    for (const entityId of this.articleEntities.get(articleId) ?? []) {
      const articles = this.entityArticles.get(entityId);
      if (articles?.delete(articleId) && articles.size === 0) {
        this.entityArticles.delete(entityId);
        this.entities.delete(entityId);
      }
    }
    this.articleEntities.delete(articleId);
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

  /** Replaces what the article contributed; a graph identical to the last one is a no-op. */
  upsert(graph: ArticleGraph): UpsertResult {
    const { article } = graph;
    const print = fingerprint(graph);
    const result = {
      articleId: article.id,
      statements: graph.statements.length,
      entities: graph.entities.length,
    };
    if (this.fingerprints.get(article.id) === print) return { ...result, changed: false };
    for (const id of [...this.indexes.byArticle.get(article.id)]) this.removeStatement(id);
    this.unlinkArticle(article.id);
    this.articles.set(article.id, article);
    for (const incoming of graph.entities) {
      const id = this.resolveId(incoming.id);
      const base = this.entities.get(id) ?? { ...incoming, id };
      const names = [...base.aliases, ...incoming.aliases, incoming.name];
      this.entities.set(id, { ...base, aliases: uniqueAliases(base.name, names) });
      this.link(id, article.id);
    }
    const mapRef = <R extends Ref>(ref: R): R =>
      ref ? { ...ref, entityId: this.resolveId(ref.entityId) } : ref;
    for (const s of graph.statements)
      this.addStatement({ ...s, speaker: mapRef(s.speaker), target: mapRef(s.target) });
    this.fingerprints.set(article.id, print);
    this.sortedCache.clear();
    return { ...result, changed: true };
  }

  correct(correction: StatementCorrection): Statement {
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
    return this.statements.get(rawStatement.id)!;
  }

  /** Folds one entity into another; the redirect makes later ingests land on the survivor. */
  merge(survivorId: string, mergedId: string): Entity {
    const survivor = this.entities.get(this.resolveId(survivorId));
    const merged = this.entities.get(this.resolveId(mergedId));
    if (!survivor) throw new NotFoundError('entity', survivorId);
    if (!merged) throw new NotFoundError('entity', mergedId);
    if (survivor.id === merged.id) return survivor;
    const repoint = <R extends Ref>(ref: R): R =>
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
    for (const articleId of this.entityArticles.get(merged.id) ?? []) {
      this.link(survivor.id, articleId);
      this.articleEntities.get(articleId)?.delete(merged.id);
    }
    this.entityArticles.delete(merged.id);
    this.redirects.set(merged.id, survivor.id);
    this.sortedCache.clear();
    return united;
  }
}
