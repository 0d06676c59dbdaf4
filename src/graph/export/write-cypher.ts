import type { ExportGraph } from './collect-export-graph.js';
import { cypherLiteral } from './cypher-literal.js';
import { loadExportTemplates } from './load-export-templates.js';
import type { ExportMultiGraph } from './to-graphology.js';

const BATCH = 500;

/**
 * A cypher-shell script (`cypher-shell -f export.cypher`): each batch binds `$rows` with a
 * `:param` line, then runs the unchanged template from cypher/export/.
 */
export function writeCypher(data: ExportGraph, graph: ExportMultiGraph): string {
  const t = loadExportTemplates();
  const out: string[] = ['// quotegraph export: replay with cypher-shell -f', t.constraints];
  const emit = (template: string, rows: Record<string, unknown>[]) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      out.push(`:param rows => ${cypherLiteral(rows.slice(i, i + BATCH))}`, template);
    }
  };
  emit(
    t.articles,
    [...data.articles.values()].map((a) => ({
      id: a.id,
      url: a.url,
      title: a.title,
      outlet: a.source,
      publishedAt: a.publishedAt,
    })),
  );
  emit(
    t.entities,
    data.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases })),
  );
  emit(
    t.statements,
    data.statements.map((s) => ({
      id: s.id,
      articleId: s.articleId,
      relation: s.relation,
      quote: s.quote.text,
      quoteType: s.quote.type,
      start: s.quote.start,
      end: s.quote.end,
      confidence: s.confidence,
      verified: s.verified,
      reason: s.reason,
      speakerId: s.speaker?.entityId ?? null,
      targetId: s.target?.entityId ?? null,
    })),
  );
  emit(
    t.relations,
    graph.mapEdges((_id, a, source, target) => ({
      source,
      target,
      relation: a.relation,
      count: a.count,
      confidence: a.confidence,
      statementIds: a.statementIds.split(' '),
    })),
  );
  return `${out.join('\n')}\n`;
}
