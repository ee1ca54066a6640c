// One table for every list (task history, logs, orders, positions, signals): columns, expandable details, empty and
// error states, and paging through a PagedList.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';

class PagedTable extends LightElement {
  static properties = {
    caption: {},
    columns: { attribute: false }, // [{label, value: row => text | template, num: right-aligned figure}]
    list: { attribute: false }, // a PagedList or WholeList
    details: { attribute: false }, // row => template shown when the row is expanded (optional)
    emptyText: { attribute: 'empty-text' },
    expanded: { state: true },
  };

  constructor() {
    super();
    this.expanded = new Set();
    this.emptyText = 'Nothing here yet.';
  }

  willUpdate(changed) {
    if (changed.has('list')) {
      this.unsubscribe?.();
      this.unsubscribe = this.list?.subscribe(() => this.requestUpdate());
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.list && !this.unsubscribe) this.unsubscribe = this.list.subscribe(() => this.requestUpdate());
  }

  toggle(id) {
    const next = new Set(this.expanded);
    next.has(id) ? next.delete(id) : next.add(id);
    this.expanded = next;
  }

  render() {
    const { list } = this;
    if (!list) return nothing;
    if (list.error) return html`<p class="error-state" role="alert">Could not load: ${list.error.message}
      <button @click=${() => list.load()}>Try again</button></p>`;
    const span = this.columns.length + (this.details ? 1 : 0);
    return html`
      <div class="table-scroll">
        <table aria-busy=${list.loading}>
          <caption>${this.caption}</caption>
          <thead><tr>
            ${this.details ? html`<th scope="col"><span class="visually-hidden">Details</span></th>` : nothing}
            ${this.columns.map((c) => html`<th scope="col" class=${c.num ? 'num' : nothing}>${c.label}</th>`)}
          </tr></thead>
          <tbody>
            ${list.items.length === 0 && !list.loading
              ? html`<tr><td colspan=${span} class="empty-state">${this.emptyText}</td></tr>` : nothing}
            ${list.items.map((row) => this.renderRow(row, span))}
          </tbody>
        </table>
      </div>
      ${this.renderPager()}`;
  }

  renderRow(row, span) {
    const key = this.list.keyOf(row);
    const open = this.expanded.has(key);
    return html`
      <tr data-id=${key}>
        ${this.details ? html`<td><button class="expand" aria-expanded=${open}
          aria-label=${open ? 'Hide details' : 'Show details'} @click=${() => this.toggle(key)}>${open ? '▾' : '▸'}</button></td>` : nothing}
        ${this.columns.map((c) => html`<td data-label=${c.label} class=${c.num ? 'num' : nothing}>${c.value(row)}</td>`)}
      </tr>
      ${open ? html`<tr class="details-row"><td colspan=${span}>${this.details(row)}</td></tr>` : nothing}`;
  }

  renderPager() {
    const { offset, limit, total, items } = this.list;
    if (total <= limit && offset === 0) return nothing;
    return html`<nav class="pager" aria-label="${this.caption} pages">
      <button ?disabled=${offset === 0} @click=${() => this.list.load(Math.max(0, offset - limit))}>Previous</button>
      <span>${offset + 1}–${offset + items.length} of ${total}</span>
      <button ?disabled=${offset + limit >= total} @click=${() => this.list.load(offset + limit)}>Next</button>
    </nav>`;
  }
}
customElements.define('paged-table', PagedTable);
