/**
 * Radial layout: the centre at the origin, each distance on its own ring, most active first.
 * Deterministic and O(n), so 2 000 nodes place instantly and a reload does not shuffle the view.
 */
export interface LayoutNode {
  id: string;
  distance: number;
  activity: number;
}

export function radialLayout(nodes: LayoutNode[]): Map<string, { x: number; y: number }> {
  const rings = new Map<number, LayoutNode[]>();
  for (const n of nodes) rings.set(n.distance, [...(rings.get(n.distance) ?? []), n]);
  const out = new Map<string, { x: number; y: number }>();
  for (const [distance, ring] of rings) {
    ring.sort((a, b) => b.activity - a.activity || a.id.localeCompare(b.id));
    const radius = distance === 0 ? 0 : distance * 10 + Math.sqrt(ring.length);
    ring.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / ring.length + distance * 0.35;
      out.set(n.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return out;
}
