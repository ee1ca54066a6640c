import { html } from 'lit';

/** A labelled drop-down filter with an "All" choice; onChange receives the chosen value ('' for all). */
export function filterSelect(label, value, options, onChange) {
  return html`<label class="filter">${label}
    <select @change=${(e) => onChange(e.target.value)}>
      <option value="" ?selected=${!value}>All</option>
      ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${o}</option>`)}
    </select></label>`;
}
