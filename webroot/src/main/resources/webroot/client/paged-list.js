// A Lit reactive controller for one page of an API list ({items, total, limit, offset}).
import { api } from './api-client.js';

export class PagedList {
  /**
   * @param host the component to re-render
   * @param pathFor () => the list's path with its filters, e.g. '/orders?status=FILLED'
   */
  constructor(host, pathFor, { limit = 50, keyOf = (row) => row.id } = {}) {
    this.host = host;
    this.pathFor = pathFor;
    this.limit = limit;
    this.keyOf = keyOf;
    this.offset = 0;
    this.items = [];
    this.total = 0;
    this.loading = false;
    this.error = null;
    this.views = new Set();
    host.addController(this);
  }

  /**
   * Calls {@code render} whenever the list changes; its remover. A table showing the list needs it: the list is
   * the same object after a load, so its host re-rendering alone would not re-render the table.
   */
  subscribe(render) {
    this.views.add(render);
    return () => this.views.delete(render);
  }

  changed() {
    this.host.requestUpdate();
    this.views.forEach((render) => render());
  }

  async load(offset = this.offset) {
    this.offset = offset;
    this.loading = true;
    this.changed();
    const path = this.pathFor();
    const separator = path.includes('?') ? '&' : '?';
    try {
      const page = await this.fetch(path, separator, offset);
      this.items = page.items;
      this.total = page.total ?? page.items.length;
      this.page = page;
      this.error = null;
    } catch (e) {
      this.error = e;
    } finally {
      this.loading = false;
      this.changed();
    }
  }

  fetch(path, separator, offset) {
    return api('GET', `${path}${separator}limit=${this.limit}&offset=${offset}`);
  }

  /** A live row: replaces the row with the same id, or shows it on top when the first page is shown. */
  upsert(row) {
    const index = this.items.findIndex((r) => this.keyOf(r) === this.keyOf(row));
    if (index >= 0) {
      this.items = this.items.map((r, i) => (i === index ? { ...r, ...row } : r));
    } else if (this.offset === 0) {
      this.items = [row, ...this.items].slice(0, this.limit);
      this.total += 1;
    }
    this.changed();
  }
}

/** A list the API answers whole ({items}, no paging), such as positions or the day's signals. */
export class WholeList extends PagedList {
  constructor(host, pathFor, keyOf) {
    super(host, pathFor, { limit: Infinity, keyOf });
  }

  fetch(path) {
    return api('GET', path);
  }
}
