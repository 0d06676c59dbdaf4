import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticleGraph, Entity, StatementCorrection, UpsertResult } from '../../domain/model.js';
import { applyCorrection, correctionFromRow } from './corrections.js';
import type { CypherRunner, Row } from './cypher-runner.js';
import { kindLabel, mentionProps, quoteProps } from './statement-rows.js';
import { validateArticleGraph } from './validate-article-graph.js';

interface Prepared {
  graph: ArticleGraph;
  hash: string;
  changed: boolean;
}

/**
 * Idempotent batched ingest. Each article's graph (with stored corrections re-applied) is hashed;
 * an unchanged hash skips the article, so re-ingest writes nothing. Changed articles are replaced
 * whole inside one managed transaction per batch, so an outage leaves either the old or the new
 * version and a re-run finishes the job.
 */
export const upsertArticleGraphs = async (
  runner: CypherRunner,
  graphs: ArticleGraph[],
  batchSize: number,
): Promise<UpsertResult[]> => {
  graphs.forEach(validateArticleGraph);
  if (graphs.length === 0) return [];
  const ids = [...new Set(graphs.map((g) => g.article.id))];
  const statementIds = graphs.flatMap((g) => g.statements.map((s) => s.id));
  const { hashes, corrections } = await runner.read('ingest', async (tx) => {
    const hashRows = await runner.run(tx, 'ingest/read-article-hashes', { ids });
    const correctionRows = await runner.run(tx, 'editorial/corrections-by-statement', {
      ids: statementIds,
    });
    return {
      hashes: new Map(hashRows.map((r) => [r.id as string, r.graphHash as string | null])),
      corrections: new Map(
        correctionRows.map((r) => [r.statementId as string, correctionFromRow(r.correction as Row)]),
      ),
    };
  });

  const prepared = graphs.map((g): Prepared => {
    const graph = withCorrections(g, corrections);
    const hash = graphHash(graph);
    return { graph, hash, changed: hashes.get(g.article.id) !== hash };
  });
  // The last version of an article in the batch is the one kept.
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

const withCorrections = (
  graph: ArticleGraph,
  corrections: Map<string, StatementCorrection>,
): ArticleGraph => ({
  ...graph,
  statements: graph.statements.map((s) => {
    const c = corrections.get(s.id);
    return c ? applyCorrection(s, c) : s;
  }),
});

const graphHash = (graph: ArticleGraph): string =>
  createHash('sha256').update(JSON.stringify(graph)).digest('base64url');

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

const writeChunk = async (runner: CypherRunner, tx: ManagedTransaction, chunk: Prepared[]) => {
  const graphs = chunk.map((p) => p.graph);
  const statements = graphs.flatMap((g) => g.statements);
  await runner.run(tx, 'ingest/delete-article-contributions', {
    articleIds: graphs.map((g) => g.article.id),
  });
  await runner.run(tx, 'ingest/upsert-entities', { batch: entityRows(graphs) });
  await runner.run(tx, 'ingest/upsert-articles', {
    batch: chunk.map(({ graph: { article }, hash }) => ({ ...article, graphHash: hash })),
  });
  await runner.run(tx, 'ingest/create-quotes', {
    batch: statements.map((s) => ({ articleId: s.articleId, props: quoteProps(s) })),
  });
  await writeStatementLinks(runner, tx, statements);
};

/** SAID, ABOUT and the typed speaker→target edge for each statement. */
export const writeStatementLinks = async (
  runner: CypherRunner,
  tx: ManagedTransaction,
  statements: ArticleGraph['statements'],
): Promise<void> => {
  const speakers = statements.filter((s) => s.speaker);
  const targets = statements.filter((s) => s.target);
  await runner.run(tx, 'ingest/link-speakers', {
    batch: speakers.map((s) => ({
      statementId: s.id,
      entityId: s.speaker!.entityId,
      mention: mentionProps(s.speaker!.mention),
    })),
  });
  await runner.run(tx, 'ingest/link-targets', {
    batch: targets.map((s) => ({
      statementId: s.id,
      entityId: s.target!.entityId,
      mention: mentionProps(s.target!.mention),
    })),
  });
  await runner.run(tx, 'ingest/create-statement-edges', {
    batch: speakers
      .filter((s) => s.target)
      .map((s) => ({
        speakerId: s.speaker!.entityId,
        targetId: s.target!.entityId,
        relation: s.relation,
        props: {
          statementId: s.id,
          quoteId: s.quote.id,
          articleId: s.articleId,
          confidence: s.confidence,
          cue: s.cue?.text ?? null,
          verified: s.verified,
        },
      })),
  });
};

const entityRows = (graphs: ArticleGraph[]): Row[] => {
  const byId = new Map<string, Entity>();
  for (const entity of graphs.flatMap((g) => g.entities)) {
    const seen = byId.get(entity.id);
    byId.set(entity.id, seen ? { ...entity, aliases: [...seen.aliases, ...entity.aliases] } : entity);
  }
  return [...byId.values()].map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    label: kindLabel(e.kind),
    aliases: e.aliases,
  }));
};
