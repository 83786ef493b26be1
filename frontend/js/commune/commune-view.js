// A commune user's map: fitted to their communes (unless the link names a view), the communes around them outlined,
// and the "my commune" box with hot cells, trend and to-do list.
import { createCommuneBox } from './commune-box.js';
import { drawNeighbours, fitToCommunes } from './neighbours.js';
import { neighbourCodes } from './todo.js';

/**
 * @param {L.Map} map
 * @param {{api: object, bus: object, scope: string[], period: {from: string, to: string}, cell?: number,
 *          fit: boolean}} options scope: the user's commune codes; fit: move the map to them
 */
export async function mountCommuneView(map, { api, bus, scope, period, cell, fit }) {
  // the published boundaries: the user's own to fit the map to, their neighbours to outline
  const boundaries = api.publicCommunes(period);
  if (fit) boundaries.then((collection) => fitToCommunes(map, collection, scope), () => {});
  const lists = await Promise.all(scope.map((code) => api.communeTodo(code)));
  const box = createCommuneBox(map, { bus, lists });
  for (const code of scope) {
    api.communeHotspots(code, { ...period, cell })
      .then((summary) => box.showSummary(code, summary), (error) => box.showSummary(code, error));
  }
  drawNeighbours(map, await boundaries, neighbourCodes(lists, scope));
  map.getContainer().dataset.communeView = 'ready';
}
