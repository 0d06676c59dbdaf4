import { create } from 'xmlbuilder2';
import type { ExportMultiGraph } from './to-graphology.js';

type GraphmlType = 'string' | 'int' | 'double';
const NODE_KEYS: [string, GraphmlType][] = [
  ['label', 'string'],
  ['kind', 'string'],
  ['aliases', 'string'],
  ['statementsMade', 'int'],
  ['statementsAbout', 'int'],
];
const EDGE_KEYS: [string, GraphmlType][] = [
  ['label', 'string'],
  ['relation', 'string'],
  ['count', 'int'],
  ['confidence', 'double'],
  ['verified', 'int'],
  ['statementIds', 'string'],
];

/**
 * GraphML with typed keys. graphology-graphml only parses, so the writer uses xmlbuilder2 for
 * escaping and well-formedness; the round-trip test re-imports with graphology-graphml.
 */
export function writeGraphml(graph: ExportMultiGraph): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    'http://graphml.graphdrawing.org/xmlns',
    'graphml',
  );
  for (const [name, type] of NODE_KEYS) {
    root.ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type });
  }
  for (const [name, type] of EDGE_KEYS) {
    root.ele('key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type });
  }
  const g = root.ele('graph', { id: 'quotegraph', edgedefault: 'directed' });
  graph.forEachNode((node, attrs) => {
    const el = g.ele('node', { id: node });
    for (const [name] of NODE_KEYS) {
      el.ele('data', { key: `n_${name}` }).txt(String(attrs[name as keyof typeof attrs]));
    }
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const el = g.ele('edge', { id: edge, source, target });
    for (const [name] of EDGE_KEYS) {
      el.ele('data', { key: `e_${name}` }).txt(String(attrs[name as keyof typeof attrs]));
    }
  });
  return root.end({ prettyPrint: true });
}
