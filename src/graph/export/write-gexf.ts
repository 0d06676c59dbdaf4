import { write } from 'graphology-gexf';
import type { ExportMultiGraph } from './to-graphology.js';

/** GEXF 1.3 through graphology's own serialiser; Gephi reads the typed attributes directly. */
export function writeGexf(graph: ExportMultiGraph): string {
  return write(graph, { version: '1.3', pretty: true });
}
