// A symbol shown as a link to its chart page (#/chart?symbol=...), for the symbol cells of the tables.
import { html } from 'lit';

export const chartLink = (symbol) => html`<a class="chart-link" href="#/chart?symbol=${encodeURIComponent(symbol)}"
  title="Chart of ${symbol}">${symbol}</a>`;
