// A From/To pair of day fields for the history pages, and the IST day bounds for APIs that take instants.
import { html } from 'lit';

/** Two labelled date inputs; onChange(name, value) with name 'from' or 'to' and value 'YYYY-MM-DD' or ''. */
export function dateRange(from, to, onChange) {
  return html`
    <label class="filter">From <input type="date" name="from" .value=${from} max=${to || ''}
      @change=${(e) => onChange('from', e.target.value)}></label>
    <label class="filter">To <input type="date" name="to" .value=${to} min=${from || ''}
      @change=${(e) => onChange('to', e.target.value)}></label>`;
}

/** The first instant of an IST day, for from= of an instant filter ('' stays ''). */
export const istDayStart = (day) => (day ? new Date(`${day}T00:00:00+05:30`).toISOString() : '');

/** The last millisecond of an IST day, for to= of an instant filter ('' stays ''). */
export const istDayEnd = (day) => (day ? new Date(`${day}T23:59:59.999+05:30`).toISOString() : '');
