import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { MultiDirectedGraph } from 'graphology';

/**
 * Bends edges that share both ends (several relations, or both directions) so each stays
 * visible and clickable; lone edges stay straight. Curvature spread follows sigma's example.
 */
export function curveParallelEdges(graph: MultiDirectedGraph): void {
  indexParallelEdgesIndex(graph, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMinIndexAttribute: 'parallelMinIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
  graph.forEachEdge((edge, a) => {
    const index = a.parallelIndex as number | null | undefined;
    const max = a.parallelMaxIndex as number | null | undefined;
    const bent = typeof index === 'number' && index !== 0 && typeof max === 'number' && max > 0;
    graph.mergeEdgeAttributes(
      edge,
      bent ? { type: 'curved', curvature: curvature(index, max) } : { type: 'arrow' },
    );
  });
}

function curvature(index: number, max: number): number {
  if (index < 0) return -curvature(-index, max);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-max / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / max;
}
