// The second factor: its state, and setting it up (the key for an authenticator app, confirmed by a first code) or
// turning it off (with a current code). Fires 'changed' after either.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';

class SecondFactorCard extends LightElement {
  static properties = {
    enabled: { state: true }, setup: { state: true }, error: { state: true }, busy: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.enabled = (await api('GET', '/user/me')).totpEnabled;
    } catch (e) {
      this.error = e.message;
    }
  }

  async start() {
    this.error = null;
    try {
      this.setup = await api('POST', '/user/totp/setup');
    } catch (e) {
      this.error = e.message;
    }
  }

  async submit(e, action) {
    e.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      await api('POST', `/user/totp/${action}`, { code: new FormData(e.target).get('code').trim() });
      this.setup = null;
      await this.load();
      this.dispatchEvent(new CustomEvent('changed'));
    } catch (err) {
      this.error = err.message;
    } finally {
      this.busy = false;
    }
  }

  codeForm(action, label) {
    return html`<form class="totp-form" @submit=${(e) => this.submit(e, action)}>
      <div class="field"><label for="totp-${action}">${label}</label>
        <input id="totp-${action}" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}"
          maxlength="6" required></div>
      <button type="submit" class=${action === 'disable' ? 'danger' : 'primary'} ?disabled=${this.busy}>
        ${action === 'disable' ? 'Turn off the second factor' : 'Turn on the second factor'}</button></form>`;
  }

  render() {
    const status = this.enabled === undefined ? '…' : this.enabled ? 'On: sign-in asks for a code' : 'Off';
    return html`
      <section class="card second-factor" aria-labelledby="totp-title">
        <h2 id="totp-title">Second factor (authenticator app)</h2>
        <p>Status: <strong class="totp-status">${status}</strong></p>
        ${this.enabled ? this.codeForm('disable', 'Current code from your app') : nothing}
        ${!this.enabled && !this.setup ? html`<button class="primary totp-setup" @click=${() => this.start()}>
          Set up the second factor</button>` : nothing}
        ${this.setup ? html`
          <ol class="totp-steps">
            <li>Scan this code with your authenticator app:
              <img class="totp-qr" src=${this.setup.qrCode} width="200" height="200"
                alt="QR code of the second-factor key for an authenticator app"></li>
            <li>Or add an account with this key by hand (or open the link on your phone):
              <code class="totp-secret">${this.setup.secret}</code>
              <a class="totp-link" href=${this.setup.otpauthUri}>Open in the authenticator app</a></li>
            <li>Type the six-digit code it shows; the setup lasts 10 minutes.</li>
          </ol>
          ${this.codeForm('enable', 'Code from your app')}` : nothing}
        ${this.error ? html`<p class="error-state" role="alert">${this.error}</p>` : nothing}
      </section>`;
  }
}
customElements.define('second-factor-card', SecondFactorCard);
