import { stringify } from 'csv-stringify/sync';
import type { ExportMultiGraph } from './to-graphology.js';

export interface CsvFiles {
  nodes: string;
  edges: string;
}

/** Gephi's spreadsheet importer recognises the Id/Label/Source/Target/Type/Weight headers. */
export function writeCsv(graph: ExportMultiGraph): CsvFiles {
  const nodes = graph.mapNodes((id, a) => [
    id,
    a.label,
    a.kind,
    a.aliases,
    a.statementsMade,
    a.statementsAbout,
  ]);
  const edges = graph.mapEdges((id, a, source, target) => [
    id,
    source,
    target,
    'Directed',
    a.label,
    a.relation,
    a.count,
    a.confidence,
    a.verified,
    a.statementIds,
  ]);
  return {
    nodes: stringify(nodes, {
      header: true,
      columns: ['Id', 'Label', 'kind', 'aliases', 'statementsMade', 'statementsAbout'],
    }),
    edges: stringify(edges, {
      header: true,
      columns: [
        'Id',
        'Source',
        'Target',
        'Type',
        'Label',
        'relation',
        'Weight',
        'confidence',
        'verified',
        'statementIds',
      ],
    }),
  };
}
