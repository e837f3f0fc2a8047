/** A point in a plane where x grows to the east and y to the north (e.g. longitude scaled by cos(latitude), latitude). */
export type PlanePoint = { x: number; y: number };
export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The index of the point an arrow key moves to from `points[from]`: the nearest one lying in that direction,
 * where distance across the direction counts double, so that Right stays on about the same row rather than
 * jumping to a close neighbour far above or below. Undefined when nothing lies that way (the edge of the map).
 */
export function nearestInDirection(points: readonly PlanePoint[], from: number, direction: Direction): number | undefined {
  const origin = points[from];
  if (!origin) return undefined;
  let best: { index: number; score: number } | undefined;
  points.forEach((point, index) => {
    if (index === from) return;
    const dx = point.x - origin.x;
    const dy = point.y - origin.y;
    const [along, across] = direction === 'right' ? [dx, dy] : direction === 'left' ? [-dx, dy] : direction === 'up' ? [dy, dx] : [-dy, dx];
    if (along <= 0) return;
    const score = along + 2 * Math.abs(across);
    if (!best || score < best.score) best = { index, score };
  });
  return best?.index;
}

/** The index of the point nearest to `target`: where arrow-key navigation starts. */
export function nearestTo(points: readonly PlanePoint[], target: PlanePoint): number | undefined {
  let best: { index: number; distance: number } | undefined;
  points.forEach((point, index) => {
    const distance = Math.hypot(point.x - target.x, point.y - target.y);
    if (!best || distance < best.distance) best = { index, distance };
  });
  return best?.index;
}
