// How the UI writes money, times and ages for a trader in India.

const rupees = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 2 });
const istTime = new Intl.DateTimeFormat('en-IN', {
  timeZone: 'Asia/Kolkata', day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit',
  hour12: false,
});

export const money = (n) => (n === null || n === undefined ? '—' : rupees.format(n));

const rupeePrice = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2,
  maximumFractionDigits: 2 });

/** A share price: ₹ with paise always shown and Indian grouping (₹1,23,456.50). */
export const price = (n) => (n === null || n === undefined ? '—' : rupeePrice.format(Number(n)));

export const time = (iso) => (iso ? istTime.format(new Date(iso)) + ' IST' : '—');

export function age(seconds) {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  return `${Math.floor(seconds / 3600)} h ago`;
}

/** 'positive' | 'negative' | '' — the CSS class for a profit or a loss. */
export const pnlClass = (n) => (n > 0 ? 'positive' : n < 0 ? 'negative' : '');
