/**
 * The entity and the parties linked to it, drawn as a small SVG star; a click on a node opens its
 * entity. A picture of the list beside it: assistive technology and the keyboard use that list,
 * so the drawing is hidden from them.
 */
import type { Link as EntityLink } from '../entity-view.ts';
import { ringLayout, shortLabel, GRAPH_MAX_NODES } from '../graph-layout.ts';
import { navigate } from '../router.tsx';

const WIDTH = 560;
const HEIGHT = 360;
const RADIUS = 130;
const NODE_R = 9;

export function EntityGraph({ caption, links }: { caption: string; links: readonly EntityLink[] }) {
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  const placed = ringLayout(links, cx, cy, RADIUS);
  const open = (id: string) => navigate(`/entity/${encodeURIComponent(id)}`);
  return (
    <figure className="graph">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
        {placed.map(({ item, x, y }) => (
          <g key={`edge-${item.id}`}>
            <line x1={cx} y1={cy} x2={x} y2={y} className="edge" />
            <text x={cx + 0.62 * (x - cx)} y={cy + 0.62 * (y - cy) - 4} className="edge-label" textAnchor="middle">{shortLabel(item.relation, 18)}</text>
          </g>
        ))}
        <circle cx={cx} cy={cy} r={NODE_R + 3} className="node root" />
        {placed.map(({ item, x, y }) => (
          <a
            key={`node-${item.id}`} href={`/entity/${encodeURIComponent(item.id)}`} tabIndex={-1}
            onClick={(e) => { e.preventDefault(); open(item.id); }}
          >
            <title>{`${item.caption} (${item.relation})`}</title>
            <circle cx={x} cy={y} r={NODE_R} className={`node ${item.schema.toLowerCase()}`} />
            <text x={x} y={y + NODE_R + 14} textAnchor="middle" className="node-label">{shortLabel(item.caption)}</text>
          </a>
        ))}
        <text x={cx} y={cy + NODE_R + 18} textAnchor="middle" className="node-label root-label">{shortLabel(caption, 30)}</text>
      </svg>
      {links.length > GRAPH_MAX_NODES && <figcaption>The {GRAPH_MAX_NODES} first of {links.length} links; the list names them all.</figcaption>}
    </figure>
  );
}
