// An offline world map: the land outline of world-atlas (TopoJSON, Natural Earth 1:110m,
// shipped with the dashboard) in an equirectangular projection, and a marker per event.
import { h, s } from './dom.js';

const WIDTH = 960;
const HEIGHT = 480;
const project = ([longitude, latitude]) => [((longitude + 180) / 360) * WIDTH, ((90 - latitude) / 180) * HEIGHT];

/** Decodes TopoJSON arcs (quantized, delta-encoded) into lists of [longitude, latitude]. */
function arcs(topology) {
  const { scale, translate } = topology.transform || { scale: [1, 1], translate: [0, 0] };
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

function ring(decoded, indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index < 0 ? decoded[~index].slice().reverse() : decoded[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

function landPath(topology) {
  const decoded = arcs(topology);
  const parts = [];
  const polygons = (geometry) => (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : []);
  for (const object of Object.values(topology.objects)) {
    for (const geometry of object.type === 'GeometryCollection' ? object.geometries : [object]) {
      for (const polygon of polygons(geometry)) {
        for (const indexes of polygon) {
          let previous = null;
          const d = ring(decoded, indexes).map((point) => {
            const [x, y] = project(point);
            // A ring crossing the antimeridian restarts instead of striping the map.
            const move = previous === null || Math.abs(x - previous) > WIDTH / 2;
            previous = x;
            return `${move ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
          });
          if (d.length) parts.push(d.join('') + 'Z');
        }
      }
    }
  }
  return parts.join('');
}

const SHAPES = {
  HELD: (x, y) => s('circle', { cx: x, cy: y, r: 7 }),
  PLANNED: (x, y) => s('rect', { x: x - 6, y: y - 6, width: 12, height: 12 }),
  PROPOSED: (x, y) => s('polygon', { points: `${x},${y - 8} ${x + 8},${y} ${x},${y + 8} ${x - 8},${y}` }),
};

export function worldMap(topology, summits, chosen) {
  const byPlace = new Map();
  const markers = summits.map((summit) => {
    const [x, y] = project([Number(summit.location.longitude), Number(summit.location.latitude)]);
    const key = `${Math.round(x)},${Math.round(y)}`;
    const n = byPlace.get(key) || 0;
    byPlace.set(key, n + 1);
    const shape = (SHAPES[summit.status] || SHAPES.HELD)(x + n * 14, y);
    const label = `${summit.title}, ${summit.location.name}, ${summit.status.toLowerCase()}${summit.startDate ? `, ${summit.startDate}` : ''}`;
    return s('a', { href: `/map?summit=${summit.slug}`, 'data-summit': summit.slug, 'aria-label': label, class: `marker status-${summit.status.toLowerCase()}${summit.slug === chosen ? ' wanted' : ''}` },
      s('title', {}, label), shape);
  });
  return h('figure', { class: 'map' },
    s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': 'World map of events with known coordinates' },
      s('rect', { class: 'sea', x: 0, y: 0, width: WIDTH, height: HEIGHT }),
      s('path', { class: 'land', d: landPath(topology) }),
      markers),
    h('figcaption', { class: 'muted' }, 'Land outline: Natural Earth via world-atlas. Circle held, square planned, diamond proposed.'));
}
