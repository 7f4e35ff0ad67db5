// Stars drawn as vector polygons: Roboto has no ★ glyph (it would print as an empty box).
import type { CanvasElement, ColumnProperties, ContentCanvas } from 'pdfmake/interfaces.js';

export const STAR_GOLD = '#C8961E';

/** Inner/outer radius of a regular five-pointed star ({5/2} pentagram outline). */
const INNER_RATIO = 0.382;

function starPolygon(cx: number, cy: number, outer: number, color: string): CanvasElement {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : outer * INNER_RATIO;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
  });
  return { type: 'polyline', points, closePath: true, color, lineColor: color, lineWidth: 0.5 };
}

/** `count` stars of `size` pt in a row, as one canvas node. */
export function starRow(count: number, size: number, color = STAR_GOLD): ContentCanvas & ColumnProperties {
  const gap = size * 0.25;
  const outer = size / 2;
  const canvas = Array.from({ length: count }, (_, i) =>
    starPolygon(outer + i * (size + gap), outer, outer, color),
  );
  return { canvas, width: count * size + Math.max(0, count - 1) * gap };
}
