// Settings: paper or broker trading, the broker credentials, the trading rules, the watchlist and notifications.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { SETTINGS_CHANGED } from './broker-session-banner.js';
import './broker-credentials-form.js';
import './trading-config-form.js';
import './watchlist-form.js';
import './notifications-form.js';

class SettingsPage extends LightElement {
  static properties = { settings: { state: true }, message: { state: true }, busy: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.show(await api('GET', '/user/settings'));
    } catch (e) {
      this.message = { text: e.message, ok: false };
    }
  }

  show(settings) {
    this.settings = settings;
    window.dispatchEvent(new CustomEvent(SETTINGS_CHANGED, { detail: settings }));
  }

  async chooseMode(tradeMode) {
    if (tradeMode === this.settings.tradeMode) return;
    this.busy = true;
    this.message = null;
    try {
      this.show(await api('PUT', '/user/settings', { tradeMode }));
      this.message = { text: tradeMode === 'broker' ? 'Broker mode: real orders go to Kotak Neo.' : 'Paper mode: orders are simulated.', ok: true };
    } catch (e) {
      this.message = { text: e.message, ok: false };
    } finally {
      this.busy = false;
    }
  }

  render() {
    const mode = this.settings?.tradeMode;
    return html`
      <h1>Settings</h1>
      <section class="card" aria-labelledby="mode-title">
        <h2 id="mode-title">Trade mode</h2>
        <fieldset class="trade-mode" ?disabled=${!this.settings || this.busy}>
          <legend class="visually-hidden">Trade mode</legend>
          <label><input type="radio" name="tradeMode" value="paper" .checked=${live(mode === 'paper')}
            @change=${() => this.chooseMode('paper')}> Paper trading (simulated fills)</label>
          <label><input type="radio" name="tradeMode" value="broker" .checked=${live(mode === 'broker')}
            @change=${() => this.chooseMode('broker')}> Broker (Kotak Neo, real money)</label>
        </fieldset>
        ${this.message ? html`<p class=${this.message.ok ? 'ok-state' : 'error-state'} role=${this.message.ok ? 'status' : 'alert'}>
          ${this.message.text}</p>` : nothing}
      </section>
      <broker-credentials-form @credentials-saved=${this.load}></broker-credentials-form>
      <section class="card"><trading-config-form></trading-config-form></section>
      <watchlist-form></watchlist-form>
      <notifications-form></notifications-form>`;
  }
}
customElements.define('settings-page', SettingsPage);
