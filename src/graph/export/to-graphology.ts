import { MultiDirectedGraph } from 'graphology';
import type { Relation } from '../../domain/model.js';
import type { ExportGraph } from './collect-export-graph.js';

export interface ExportNodeAttributes {
  label: string;
  kind: string;
  aliases: string;
  statementsMade: number;
  statementsAbout: number;
}

export interface ExportEdgeAttributes {
  label: string;
  relation: Relation;
  count: number;
  /** Mean confidence of the statements behind the edge. */
  confidence: number;
  verified: number;
  statementIds: string;
}

export type ExportMultiGraph = MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes>;

/**
 * One node per entity and one edge per (speaker, relation, target) with its statement count, the
 * shape Gephi and yEd users weigh edges by. Statements lacking a speaker or target make no edge.
 */
export function toGraphology(data: ExportGraph): ExportMultiGraph {
  const graph: ExportMultiGraph = new MultiDirectedGraph();
  for (const e of data.entities) {
    graph.addNode(e.id, {
      label: e.name,
      kind: e.kind,
      aliases: e.aliases.join('; '),
      statementsMade: 0,
      statementsAbout: 0,
    });
  }
  const sums = new Map<string, number>();
  for (const s of data.statements) {
    const source = s.speaker?.entityId;
    const target = s.target?.entityId;
    if (source && graph.hasNode(source)) graph.updateNodeAttribute(source, 'statementsMade', inc);
    if (target && graph.hasNode(target)) graph.updateNodeAttribute(target, 'statementsAbout', inc);
    if (!source || !target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    const key = `${source}|${s.relation}|${target}`;
    if (!graph.hasEdge(key)) {
      graph.addDirectedEdgeWithKey(key, source, target, {
        label: s.relation,
        relation: s.relation,
        count: 0,
        confidence: 0,
        verified: 0,
        statementIds: '',
      });
    }
    const attrs = graph.getEdgeAttributes(key);
    sums.set(key, (sums.get(key) ?? 0) + s.confidence);
    attrs.count += 1;
    attrs.verified += s.verified ? 1 : 0;
    attrs.statementIds = attrs.statementIds ? `${attrs.statementIds} ${s.id}` : s.id;
    attrs.confidence = round((sums.get(key) ?? 0) / attrs.count);
  }
  return graph;
}

const inc = (n: number | undefined): number => (n ?? 0) + 1;
const round = (n: number): number => Math.round(n * 1000) / 1000;
