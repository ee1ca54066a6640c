// Net P&L per trading day (realised + unrealised − fees) as an SVG bar chart: green above zero, red below.
import { html, svg, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { money } from '../client/format.js';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 8 };

export const netPnl = (d) => (d.realised ?? 0) + (d.unrealised ?? 0) - (d.fees ?? 0);

class DailyPnlChart extends LightElement {
  static properties = { days: { attribute: false } };

  render() {
    const days = this.days || [];
    if (days.length === 0) return html`<p class="empty-state">No P&L yet: days appear once the service has traded.</p>`;
    const values = days.map(netPnl);
    const top = Math.max(0, ...values);
    const bottom = Math.min(0, ...values);
    const span = top - bottom || 1;
    const plotHeight = HEIGHT - PAD.top - PAD.bottom;
    const y = (v) => PAD.top + ((top - v) / span) * plotHeight;
    const slot = (WIDTH - PAD.left - PAD.right) / days.length;
    const barWidth = Math.max(2, slot * 0.7);
    const total = values.reduce((a, b) => a + b, 0);
    const labelEvery = Math.ceil(days.length / 8);
    return html`
      <figure class="pnl-chart">
        <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img"
          aria-label="Daily net P&L for ${days.length} days, total ${money(total)}, best ${money(Math.max(...values))}, worst ${money(Math.min(...values))}">
          <line class="zero" x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(0)} y2=${y(0)}></line>
          ${days.map((d, i) => {
            const v = values[i];
            const x = PAD.left + i * slot + (slot - barWidth) / 2;
            return svg`<rect class=${v >= 0 ? 'gain' : 'loss'} x=${x} width=${barWidth}
              y=${Math.min(y(v), y(0))} height=${Math.max(1, Math.abs(y(v) - y(0)))}>
              <title>${d.day}: ${money(v)} (realised ${money(d.realised)}, unrealised ${money(d.unrealised)}, fees ${money(d.fees)})</title></rect>
              ${i % labelEvery === 0 ? svg`<text x=${x + barWidth / 2} y=${HEIGHT - 8} text-anchor="middle">${d.day.slice(5)}</text>` : nothing}`;
          })}
        </svg>
        <figcaption>Net P&L per day · total <strong class=${total >= 0 ? 'positive' : 'negative'}>${money(total)}</strong>
          · top ${money(top)} · bottom ${money(bottom)}</figcaption>
      </figure>`;
  }
}
customElements.define('daily-pnl-chart', DailyPnlChart);
