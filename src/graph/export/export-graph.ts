import { InvalidArgumentError } from '../../domain/errors.js';
import type { StatementFilter } from '../../domain/model.js';
import type { GraphStore } from '../port.js';
import { collectExportGraph } from './collect-export-graph.js';
import { toGraphology } from './to-graphology.js';
import { writeCsv } from './write-csv.js';
import { writeCypher } from './write-cypher.js';
import { writeGexf } from './write-gexf.js';
import { writeGraphml } from './write-graphml.js';
import { writeJsonl } from './write-jsonl.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'jsonl', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  contentType: string;
  body: string;
}

export const isExportFormat = (v: string): v is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(v);

/** Exports the statements matching `filter` in one format; csv yields nodes.csv and edges.csv. */
export async function exportGraph(
  store: GraphStore,
  format: string,
  filter: StatementFilter = {},
): Promise<ExportFile[]> {
  if (!isExportFormat(format)) {
    throw new InvalidArgumentError(
      `unknown export format "${format}"; expected ${EXPORT_FORMATS.join('|')}`,
      { format },
    );
  }
  const data = await collectExportGraph(store, filter);
  const graph = toGraphology(data);
  switch (format) {
    case 'graphml':
      return [
        {
          name: 'quotegraph.graphml',
          contentType: 'application/graphml+xml',
          body: writeGraphml(graph),
        },
      ];
    case 'gexf':
      return [
        { name: 'quotegraph.gexf', contentType: 'application/gexf+xml', body: writeGexf(graph) },
      ];
    case 'csv': {
      const { nodes, edges } = writeCsv(graph);
      return [
        { name: 'nodes.csv', contentType: 'text/csv; charset=utf-8', body: nodes },
        { name: 'edges.csv', contentType: 'text/csv; charset=utf-8', body: edges },
      ];
    }
    case 'jsonl':
      return [
        { name: 'statements.jsonl', contentType: 'application/x-ndjson', body: writeJsonl(data) },
      ];
    case 'cypher':
      return [
        {
          name: 'quotegraph.cypher',
          contentType: 'text/plain; charset=utf-8',
          body: writeCypher(data, graph),
        },
      ];
  }
}
