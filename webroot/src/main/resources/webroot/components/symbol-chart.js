// One symbol's daily candles as an SVG: candles with EMA9 and EMA200 lines, an RSI10 pane under them (30 and 70
// guides), and the trader's markers: signals (▲ under the day's low), entries and exits (● at the fill price)
// and open sell targets (a dashed line at the limit).
import { html, svg, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { price } from '../client/format.js';

const WIDTH = 900;
const PRICE_HEIGHT = 300;
const RSI_HEIGHT = 110;
const GAP = 24;
const PAD = { top: 10, right: 64, bottom: 22, left: 8 };

const path = (points) => points.filter(Boolean).map((p, i) => `${i === 0 ? 'M' : 'L'}${p[0].toFixed(1)},${p[1].toFixed(1)}`).join('');

/** The lines of a series with gaps (null in the warm-up) drawn only where it has values. */
const line = (candles, key, x, y) => path(candles.map((c, i) => (c[key] === null ? null : [x(i), y(c[key])])));

class SymbolChart extends LightElement {
  static properties = { symbol: {}, chart: { attribute: false } };

  render() {
    const chart = this.chart;
    const candles = chart?.candles || [];
    if (candles.length === 0) return html`<p class="empty-state">No candles for ${this.symbol || 'this symbol'} yet.</p>`;
    const targets = chart.sellTargets || [];
    const highs = candles.map((c) => c.high).concat(targets.map((t) => t.price));
    const lows = candles.map((c) => c.low);
    const top = Math.max(...highs);
    const bottom = Math.min(...lows);
    const span = top - bottom || 1;
    const slot = (WIDTH - PAD.left - PAD.right) / candles.length;
    const x = (i) => PAD.left + (i + 0.5) * slot;
    const y = (v) => PAD.top + ((top - v) / span) * (PRICE_HEIGHT - PAD.top - PAD.bottom);
    const rsiTop = PRICE_HEIGHT + GAP;
    const yr = (v) => rsiTop + ((100 - v) / 100) * RSI_HEIGHT;
    const index = new Map(candles.map((c, i) => [c.day, i]));
    const body = Math.max(1, slot * 0.6);
    const last = candles[candles.length - 1];
    const labelEvery = Math.ceil(candles.length / 8);
    return html`
      <figure class="symbol-chart">
        <svg viewBox="0 0 ${WIDTH} ${rsiTop + RSI_HEIGHT + PAD.bottom}" role="img"
          aria-label="${this.symbol}: ${candles.length} daily candles from ${candles[0].day} to ${last.day}, last close ${price(last.close)}">
          ${candles.map((c, i) => svg`<g class="candle ${c.close >= c.open ? 'up' : 'down'}" data-day=${c.day}>
            <line x1=${x(i)} x2=${x(i)} y1=${y(c.high)} y2=${y(c.low)}></line>
            <rect x=${x(i) - body / 2} width=${body} y=${y(Math.max(c.open, c.close))}
              height=${Math.max(1, Math.abs(y(c.open) - y(c.close)))}></rect>
            <title>${c.day}: open ${price(c.open)}, high ${price(c.high)}, low ${price(c.low)}, close ${price(c.close)}</title></g>
            ${i % labelEvery === 0 ? svg`<text class="axis" x=${x(i)} y=${rsiTop + RSI_HEIGHT + 16} text-anchor="middle">${c.day.slice(5)}</text>` : nothing}`)}
          <path class="ema9" d=${line(candles, 'ema9', x, y)}></path>
          <path class="ema200" d=${line(candles, 'ema200', x, y)}></path>
          ${targets.map((t) => svg`<g class="sell-target"><line x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(t.price)} y2=${y(t.price)}></line>
            <text x=${WIDTH - PAD.right + 4} y=${y(t.price) + 4}>${price(t.price)}</text><title>Open sell of ${t.quantity} at ${price(t.price)}</title></g>`)}
          ${(chart.signals || []).filter((s) => index.has(s.day)).map((s) => svg`<text class="signal-mark verdict-${s.verdict}"
            x=${x(index.get(s.day))} y=${y(candles[index.get(s.day)].low) + 14} text-anchor="middle">▲<title>${s.day}: signal ${s.verdict}</title></text>`)}
          ${(chart.fills || []).filter((f) => index.has(f.day)).map((f) => svg`<circle class="fill-mark ${f.side === 'BUY' ? 'entry' : 'exit'}"
            cx=${x(index.get(f.day))} cy=${y(f.averagePrice)} r="4"><title>${f.day}: ${f.side === 'BUY' ? 'bought' : 'sold'} ${f.quantity} at ${price(f.averagePrice)}</title></circle>`)}
          <text class="axis" x=${WIDTH - PAD.right + 4} y=${y(top) + 4}>${price(top)}</text>
          <text class="axis" x=${WIDTH - PAD.right + 4} y=${y(bottom)}>${price(bottom)}</text>
          <rect class="rsi-pane" x=${PAD.left} y=${rsiTop} width=${WIDTH - PAD.left - PAD.right} height=${RSI_HEIGHT}></rect>
          ${[30, 70].map((v) => svg`<line class="rsi-guide" x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${yr(v)} y2=${yr(v)}></line>
            <text class="axis" x=${WIDTH - PAD.right + 4} y=${yr(v) + 4}>${v}</text>`)}
          <path class="rsi10" d=${line(candles, 'rsi10', x, yr)}></path>
        </svg>
        <figcaption>${this.symbol} · last close <strong class="last-close">${price(last.close)}</strong> on ${last.day}
          · EMA9 ${price(last.ema9)} · EMA200 ${price(last.ema200)} · RSI10 ${last.rsi10 === null ? '—' : last.rsi10.toFixed(1)}
          · prices as of ${chart.asOf}${chart.simulated ? html` · <span class="badge">simulated prices</span>` : ''}</figcaption>
      </figure>`;
  }
}
customElements.define('symbol-chart', SymbolChart);
