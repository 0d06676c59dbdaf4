import type { Statement } from '../../domain/model.js';
import { loadCypherFiles } from '../neo4j/cypher-statements.js';
import { entityRow } from '../neo4j/entity-rows.js';
import { mentionProps, quoteProps, statementEdgeRows } from '../neo4j/statement-rows.js';
import type { ExportGraph } from './collect-export-graph.js';
import { cypherLiteral } from './cypher-literal.js';

const BATCH = 500;

/** The adapter's ingest statements in write order, with the batch rows each one takes. */
const steps = (data: ExportGraph): [string, Record<string, unknown>[]][] => {
  const spoken = data.statements.filter((s) => s.speaker);
  const targeted = data.statements.filter((s) => s.target);
  const mentions = new Map<string, { articleId: string; entityId: string }>();
  for (const s of data.statements) {
    for (const ref of [s.speaker, s.target]) {
      if (ref)
        mentions.set(`${s.articleId} ${ref.entityId}`, {
          articleId: s.articleId,
          entityId: ref.entityId,
        });
    }
  }
  const link = (s: Statement, ref: 'speaker' | 'target') => ({
    statementId: s.id,
    entityId: s[ref]!.entityId,
    mention: mentionProps(s[ref]!.mention),
  });
  return [
    ['ingest/upsert-entities', data.entities.map(entityRow)],
    // No graphHash: a later ingest of the same article rewrites it instead of skipping it.
    ['ingest/upsert-articles', [...data.articles.values()].map((a) => ({ ...a, graphHash: null }))],
    ['ingest/link-mentions', [...mentions.values()]],
    [
      'ingest/create-quotes',
      data.statements.map((s) => ({ articleId: s.articleId, props: quoteProps(s) })),
    ],
    ['ingest/link-speakers', spoken.map((s) => link(s, 'speaker'))],
    ['ingest/link-targets', targeted.map((s) => link(s, 'target'))],
    ['ingest/create-statement-edges', statementEdgeRows(spoken)],
  ];
};

/**
 * A cypher-shell script (`cypher-shell -f quotegraph.cypher`) that rebuilds the export in an empty
 * Neo4j 5.26+ database in the Neo4j adapter's own graph model, using the adapter's schema and
 * ingest statements from cypher/, so `quotegraph serve --store neo4j://…` can serve it. Each batch
 * binds `$batch` with a `:param` line before the unchanged statement.
 */
export function writeCypher(data: ExportGraph): string {
  const files = loadCypherFiles();
  const out: string[] = [
    '// quotegraph export: replay into an empty database with cypher-shell -f',
  ];
  for (const [name, text] of files) if (name.startsWith('schema/')) out.push(`${text};`);
  for (const [name, rows] of steps(data)) {
    const statement = files.get(name);
    if (statement === undefined) throw new Error(`cypher/${name}.cypher is missing`);
    for (let i = 0; i < rows.length; i += BATCH) {
      out.push(`:param batch => ${cypherLiteral(rows.slice(i, i + BATCH))}`, `${statement};`);
    }
  }
  return `${out.join('\n')}\n`;
}
