// The page frame: header with navigation and the live indicator, the broker session banner, and
// the page chosen by the hash route; the sign-in page when nobody is signed in.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { logOut, onSessionChange, resumeSession } from '../client/api-client.js';
import { currentRoute, onRouteChange } from '../client/router.js';
import './sign-in-page.js';
import './live-indicator.js';
import './broker-session-banner.js';
import './kill-switch.js';
import './service-dashboard.js';
import './task-history-page.js';
import './logs-page.js';
import './orders-page.js';
import './portfolio-page.js';
import './signals-page.js';
import './backtest-page.js';
import './settings-page.js';
import './security-page.js';
import './admin-page.js';
import './chart-page.js';

const PAGES = [
  { page: 'dashboard', label: 'Service', render: () => html`<service-dashboard></service-dashboard>` },
  { page: 'tasks', label: 'Task history', render: () => html`<task-history-page></task-history-page>` },
  { page: 'logs', label: 'Logs', render: () => html`<logs-page></logs-page>` },
  { page: 'orders', label: 'Orders', render: () => html`<orders-page></orders-page>` },
  { page: 'portfolio', label: 'Positions & P&L', render: () => html`<portfolio-page></portfolio-page>` },
  { page: 'signals', label: 'Signals', render: () => html`<signals-page></signals-page>` },
  { page: 'backtest', label: 'Backtest', render: () => html`<backtest-page></backtest-page>` },
  { page: 'settings', label: 'Settings', render: () => html`<settings-page></settings-page>` },
  { page: 'security', label: 'Security', render: () => html`<security-page></security-page>` },
  { page: 'admin', label: 'Admin', adminOnly: true, render: () => html`<admin-page></admin-page>` },
  // Reached from the symbols of positions, orders and signals, not from the menu.
  { page: 'chart', label: 'Chart', linkedOnly: true,
    render: (route) => html`<chart-page symbol=${route.params.symbol || ''}
      days=${Number(route.params.days) || 120}></chart-page>` },
];

class TradingApp extends LightElement {
  static properties = {
    user: { state: true },
    route: { state: true },
    resuming: { state: true },
    menuOpen: { state: true },
  };

  constructor() {
    super();
    this.route = currentRoute();
    this.resuming = true;
    this.menuOpen = false;
  }

  connectedCallback() {
    super.connectedCallback();
    this.unsubscribe = [
      onSessionChange((user) => { this.user = user; }),
      onRouteChange((route) => { this.route = route; this.menuOpen = false; }),
    ];
    resumeSession().finally(() => { this.resuming = false; });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe.forEach((u) => u());
  }

  updated(changed) {
    if (changed.has('route')) this.querySelector('main')?.focus();
  }

  render() {
    if (this.resuming) return html`<main class="centered" aria-busy="true"><p>Loading…</p></main>`;
    if (!this.user) return html`<sign-in-page></sign-in-page>`;
    const current = PAGES.find((p) => p.page === this.route.page) || PAGES[0];
    return html`
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="app-header">
        <span class="brand">NeoTrader</span>
        <live-indicator></live-indicator>
        <button class="menu-toggle" aria-expanded=${this.menuOpen} aria-controls="main-nav"
          @click=${() => { this.menuOpen = !this.menuOpen; }}>Menu</button>
        <nav id="main-nav" aria-label="Main" class=${this.menuOpen ? 'open' : ''}>
          <ul>${PAGES.filter((p) => !p.linkedOnly && (!p.adminOnly || this.user.role === 'admin')).map((p) => html`
            <li><a href="#/${p.page}" aria-current=${p === current ? 'page' : nothing}>${p.label}</a></li>`)}
          </ul>
        </nav>
        <div class="account">
          <span class="who" title=${this.user.email}>${this.user.displayName || this.user.email}</span>
          <button class="logout" @click=${() => logOut()}>Log out</button>
        </div>
      </header>
      <kill-switch-banner></kill-switch-banner>
      <broker-session-banner></broker-session-banner>
      <main id="main" tabindex="-1">${current.render(this.route)}</main>`;
  }
}
customElements.define('trading-app', TradingApp);
