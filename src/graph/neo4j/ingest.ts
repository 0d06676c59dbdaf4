import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type {
  ArticleGraph,
  Entity,
  EntityRef,
  Statement,
  StatementCorrection,
  UpsertResult,
} from '../../domain/model.js';
import { applyCorrection } from '../corrections.js';
import { validateArticleGraph } from '../validate-article-graph.js';
import { correctionFromRow } from './corrections.js';
import type { CypherRunner, Row } from './cypher-runner.js';
import { entityRow, uniqueAliases } from './entity-rows.js';
import { entityFromRow, mentionProps, quoteProps, statementEdgeRows } from './statement-rows.js';

interface Prepared {
  /** Ids resolved through recorded merges, corrections applied: what gets written. */
  graph: ArticleGraph;
  /** Fingerprint of the graph as given, so identical input is recognised as a no-op. */
  hash: string;
  changed: boolean;
}

const fingerprint = (graph: ArticleGraph): string =>
  createHash('sha256').update(JSON.stringify(graph)).digest('base64url');

/**
 * Idempotent batched ingest. An article whose fingerprint is unchanged is skipped, so re-ingest
 * writes nothing. Changed articles are replaced whole, several per managed transaction (up to
 * `batchSize` statements), so an outage leaves each article either old or new and a re-run
 * finishes the job without duplicates.
 */
export const upsertArticleGraphs = async (
  runner: CypherRunner,
  graphs: ArticleGraph[],
  batchSize: number,
): Promise<UpsertResult[]> => {
  graphs.forEach(validateArticleGraph);
  if (graphs.length === 0) return [];
  const entityIds = [...new Set(graphs.flatMap((g) => g.entities.map((e) => e.id)))];
  const { hashes, corrections, redirects } = await runner.read('ingest', async (tx) => {
    const [hashRows, correctionRows, redirectRows] = [
      await runner.run(tx, 'ingest/read-article-hashes', {
        ids: [...new Set(graphs.map((g) => g.article.id))],
      }),
      await runner.run(tx, 'editorial/corrections-by-statement', {
        ids: graphs.flatMap((g) => g.statements.map((s) => s.id)),
      }),
      await runner.run(tx, 'read/resolve-entity-ids', { ids: entityIds }),
    ];
    return {
      hashes: new Map(hashRows.map((r) => [r.id as string, r.graphHash as string | null])),
      corrections: new Map(
        correctionRows.map((r) => [
          r.statementId as string,
          correctionFromRow(r.correction as Row),
        ]),
      ),
      redirects: new Map(redirectRows.map((r) => [r.id as string, r.resolved as string])),
    };
  });

  const prepared = graphs.map((g): Prepared => {
    const hash = fingerprint(g);
    return {
      graph: resolve(g, redirects, corrections),
      hash,
      changed: hashes.get(g.article.id) !== hash,
    };
  });
  // Within one call the last version of an article wins, as if upserted one after another.
  const latest = new Map(prepared.filter((p) => p.changed).map((p) => [p.graph.article.id, p]));
  for (const chunk of chunks([...latest.values()], batchSize)) {
    await runner.write('ingest', (tx) => writeChunk(runner, tx, chunk));
  }
  return prepared.map(({ graph, changed }) => ({
    articleId: graph.article.id,
    changed,
    statements: graph.statements.length,
    entities: graph.entities.length,
  }));
};

const resolve = (
  graph: ArticleGraph,
  redirects: Map<string, string>,
  corrections: Map<string, StatementCorrection>,
): ArticleGraph => {
  const id = (entityId: string) => redirects.get(entityId) ?? entityId;
  const ref = (r: EntityRef | null) => (r ? { ...r, entityId: id(r.entityId) } : null);
  return {
    article: graph.article,
    entities: graph.entities.map((e) => ({ ...e, id: id(e.id) })),
    statements: graph.statements.map((s) => {
      const resolved: Statement = { ...s, speaker: ref(s.speaker), target: ref(s.target) };
      const correction = corrections.get(s.id);
      return correction ? applyCorrection(resolved, correction) : resolved;
    }),
  };
};

/** Whole articles per transaction, up to `batchSize` statements (at least one article). */
const chunks = (items: Prepared[], batchSize: number): Prepared[][] => {
  const out: Prepared[][] = [];
  let current: Prepared[] = [];
  let size = 0;
  for (const item of items) {
    const weight = Math.max(1, item.graph.statements.length);
    if (current.length > 0 && size + weight > batchSize) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += weight;
  }
  if (current.length > 0) out.push(current);
  return out;
};

const writeChunk = async (
  runner: CypherRunner,
  tx: ManagedTransaction,
  chunk: Prepared[],
): Promise<void> => {
  const graphs = chunk.map((p) => p.graph);
  const articleIds = graphs.map((g) => g.article.id);
  const statements = graphs.flatMap((g) => g.statements);
  await runner.run(tx, 'ingest/delete-article-contributions', { articleIds });
  // Entities only these articles mentioned go now; those still mentioned are re-created below.
  await runner.run(tx, 'ingest/release-article-entities', { articleIds });
  const entities = await mergedEntities(runner, tx, graphs);
  await runner.run(tx, 'ingest/upsert-entities', { batch: entities.map(entityRow) });
  await runner.run(tx, 'ingest/upsert-articles', {
    batch: chunk.map(({ graph: { article }, hash }) => ({ ...article, graphHash: hash })),
  });
  await runner.run(tx, 'ingest/link-mentions', {
    batch: graphs.flatMap((g) =>
      g.entities.map((e) => ({ articleId: g.article.id, entityId: e.id })),
    ),
  });
  await runner.run(tx, 'ingest/create-quotes', {
    batch: statements.map((s) => ({ articleId: s.articleId, props: quoteProps(s) })),
  });
  await writeStatementLinks(runner, tx, statements);
};

/** Stored entities keep their name and kind; every incoming name joins their aliases. */
const mergedEntities = async (
  runner: CypherRunner,
  tx: ManagedTransaction,
  graphs: ArticleGraph[],
): Promise<Entity[]> => {
  const ids = [...new Set(graphs.flatMap((g) => g.entities.map((e) => e.id)))];
  const rows = await runner.run(tx, 'ingest/existing-entities', { ids });
  const byId = new Map(rows.map((r) => entityFromRow(r.entity as Row)!).map((e) => [e.id, e]));
  const touched = new Map<string, Entity>();
  for (const incoming of graphs.flatMap((g) => g.entities)) {
    const base = touched.get(incoming.id) ?? byId.get(incoming.id) ?? incoming;
    const names = [...base.aliases, ...incoming.aliases, incoming.name];
    touched.set(incoming.id, { ...base, aliases: uniqueAliases(base.name, names) });
  }
  return [...touched.values()];
};

/** SAID, ABOUT and the typed speaker→target edge for each statement. */
export const writeStatementLinks = async (
  runner: CypherRunner,
  tx: ManagedTransaction,
  statements: Statement[],
): Promise<void> => {
  const spoken = statements.filter((s) => s.speaker);
  await runner.run(tx, 'ingest/link-speakers', {
    batch: spoken.map((s) => ({
      statementId: s.id,
      entityId: s.speaker!.entityId,
      mention: mentionProps(s.speaker!.mention),
    })),
  });
  await runner.run(tx, 'ingest/link-targets', {
    batch: statements
      .filter((s) => s.target)
      .map((s) => ({
        statementId: s.id,
        entityId: s.target!.entityId,
        mention: mentionProps(s.target!.mention),
      })),
  });
  await runner.run(tx, 'ingest/create-statement-edges', { batch: statementEdgeRows(spoken) });
};
