// Why a signal says what it says, in words (TRADING_RULES §3.3–3.6): the rules' verdict from RSI10, EMA200 and
// volume; the final verdict from the backtest, which can promote or demote it; and whether buy_orders would buy.
import { price } from './format.js';

const words = (v) => (v ? v.replace('_', ' ') : 'none');
const one = (n, digits = 1) => Number(n).toFixed(digits);
/** The combined score buy_orders asks of a final buy (TRADING_RULES §3.6). */
const MIN_COMBINED_SCORE = 25;

/**
 * Sentences explaining {@code signal} (a GET /user/signals item): the words of the strategy that made it when it
 * gave some (each strategy has its own thresholds), else the dip rules' reading of its indicators.
 */
export function signalReasons(signal) {
  const own = Array.isArray(signal.explanation) ? signal.explanation : [];
  if (own.length > 0) {
    return [...own.map((w) => `${w}.`), buyOrdersReason(signal)];
  }
  const i = signal.indicators ?? {};
  const reasons = [];
  if (i.rsi10 !== undefined && i.ema200 !== undefined) {
    const above = signal.lastClose > i.ema200;
    const threshold = above ? 30 : 20;
    reasons.push(`RSI10 ${one(i.rsi10)} ${i.rsi10 < threshold ? '<' : '≥'} ${threshold}, the close ${price(signal.lastClose)}`
      + ` ${above ? 'above' : 'below'} EMA200 ${price(i.ema200)} (the threshold is 30 above EMA200, 20 below).`);
  }
  if (i.averageVolume > 0 && i.lastVolume !== undefined) {
    const needed = i.rsi10 < 30 ? 0.5 : 0.7;
    const ratio = i.lastVolume / i.averageVolume;
    reasons.push(`Volume ${one(ratio, 2)} × average (${ratio >= needed ? 'enough' : 'too low'}: needs ${needed} ×).`);
  }
  reasons.push(`Rules' verdict: ${words(signal.verdict)}.`);
  const scores = [
    signal.strengthScore != null ? `strength ${one(signal.strengthScore)}` : null,
    signal.backtestScore != null ? `backtest ${one(signal.backtestScore)}` : null,
    signal.combinedScore != null ? `combined ${one(signal.combinedScore)}` : null,
  ].filter(Boolean);
  const trades = i.backtestTrades !== undefined ? `Backtest of 2 years: ${i.backtestTrades} trade${i.backtestTrades === 1 ? '' : 's'}. ` : '';
  reasons.push(`${trades}Scores: ${scores.join(', ') || 'none'}.`);
  if (signal.finalVerdict !== signal.verdict) {
    reasons.push(`Final verdict ${words(signal.finalVerdict)}: the backtest ${rank(signal.finalVerdict) > rank(signal.verdict)
      ? 'promoted' : 'demoted'} the rules' ${words(signal.verdict)} (the final verdict weighs the stock's history).`);
  } else {
    reasons.push(`Final verdict ${words(signal.finalVerdict)}, as the rules said.`);
  }
  reasons.push(buyOrdersReason(signal));
  return reasons;
}

function buyOrdersReason(signal) {
  const buys = ['buy', 'strong_buy'].includes(signal.finalVerdict) && signal.combinedScore >= MIN_COMBINED_SCORE;
  return buys ? 'buy_orders buys it (final buy, combined score ≥ 25).'
    : `buy_orders does not buy it (it needs a final buy or strong buy and a combined score ≥ ${MIN_COMBINED_SCORE}).`;
}

const rank = (v) => ['avoid', 'watch', 'buy', 'strong_buy'].indexOf(v);
