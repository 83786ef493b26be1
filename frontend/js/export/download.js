// The site list as a CSV or XLSX file: the filters of the map (or one commune's sites), written by the service in the
// UI's language; the browser saves what it answers.
import { t } from '../i18n.js';
import { h } from '../util/dom.js';
import { urls } from '../urls.js';

export const FORMATS = ['csv', 'xlsx'];

/** The query of an export: one commune's sites, or the sites the filters select. */
export function exportQuery({ commune, filters = {} }, format) {
  if (commune) return { commune, format };
  const { kind, trade, status, q } = filters;
  return { kind, trade, status, q, format };
}

/** Two buttons, CSV and XLSX; `target` is {commune} or {} for the filtered list. */
export function exportButtons(bus, target = {}) {
  return h('span', { class: 'export-buttons', role: 'group', 'aria-label': t('export.title') },
    FORMATS.map((format) => h('button', { type: 'button', class: 'export-button', 'data-testid': `export-${format}`,
      title: t(`export.${format}.title`), onClick: () => bus.emit('export:request', { ...target, format }) },
    t(`export.${format}`))));
}

/** Downloads a file the service writes (api.download) and hands it to the browser to save under its name. */
export async function saveFile(api, url) {
  const { blob, filename } = await api.download(url);
  const link = h('a', { href: URL.createObjectURL(blob), download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * Answers 'export:request' by downloading the file.
 * @param {{api: object, bus: object, filters: () => object}} options filters: the map's filters now
 */
export function mountDownloads({ api, bus, filters }) {
  bus.on('export:request', async ({ format, commune }) => {
    try {
      await saveFile(api, urls.sites(exportQuery({ commune, filters: filters() }, format)));
    } catch (error) {
      bus.emit('error', error);
    }
  });
}
