// A CSV download: it needs the bearer token, so it is fetched and handed to the browser as a file.
import { api } from './api-client.js';

export async function downloadCsv(path, fileName) {
  const csv = await api('GET', path, undefined, 'text');
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), download: fileName,
  });
  link.click();
  URL.revokeObjectURL(link.href);
}
