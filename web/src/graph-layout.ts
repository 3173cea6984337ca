/**
 * Where the entity and its links sit in the small graph: the entity in the middle, the linked
 * parties on a ring around it, at most a dozen (the list beside the graph names them all).
 */

export interface Placed<T> {
  item: T;
  x: number;
  y: number;
}

export const GRAPH_MAX_NODES = 12;

/** Points on a circle of `radius` around (cx, cy), the first at the top, going clockwise. */
export function ringLayout<T>(items: readonly T[], cx: number, cy: number, radius: number): Placed<T>[] {
  const shown = items.slice(0, GRAPH_MAX_NODES);
  return shown.map((item, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, shown.length);
    return { item, x: Math.round(cx + radius * Math.cos(angle)), y: Math.round(cy + radius * Math.sin(angle)) };
  });
}

/** A label cut to fit under a node. */
export function shortLabel(text: string, max = 22): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
