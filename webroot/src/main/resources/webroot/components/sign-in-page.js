// Log in or sign up; the server's messages are shown as they come (wrong password, e-mail taken,
// second factor needed, too many attempts).
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { logIn, signUp } from '../client/api-client.js';

class SignInPage extends LightElement {
  static properties = {
    mode: { state: true }, // 'login' | 'signup'
    error: { state: true },
    needsTotp: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.mode = 'login';
  }

  async submit(e) {
    e.preventDefault();
    const form = new FormData(e.target);
    this.busy = true;
    this.error = null;
    try {
      if (this.mode === 'signup') {
        await signUp(form.get('email'), form.get('password'), form.get('displayName'));
      } else {
        await logIn(form.get('email'), form.get('password'), form.get('totp'));
      }
    } catch (err) {
      if (err.code === 'totp_required') this.needsTotp = true;
      this.error = err;
    } finally {
      this.busy = false;
    }
  }

  switchMode() {
    this.mode = this.mode === 'login' ? 'signup' : 'login';
    this.error = null;
  }

  render() {
    const signup = this.mode === 'signup';
    const fieldError = (name) => this.error?.fields?.[name]
      ? html`<span class="field-error" id="${name}-error">${this.error.fields[name]}</span>` : nothing;
    return html`
      <main class="centered">
        <form class="card sign-in" @submit=${this.submit} aria-labelledby="sign-in-title">
          <h1 id="sign-in-title">${signup ? 'Create your NeoTrader account' : 'Log in to NeoTrader'}</h1>
          <label>E-mail <input name="email" type="email" autocomplete="username" required></label>
          ${fieldError('email')}
          ${signup ? html`<label>Your name (optional) <input name="displayName" autocomplete="name"></label>` : nothing}
          <label>Password <input name="password" type="password" required minlength=${signup ? 10 : nothing}
            autocomplete=${signup ? 'new-password' : 'current-password'}></label>
          ${signup ? html`<small>At least 10 characters.</small>` : nothing}
          ${fieldError('password')}
          ${this.needsTotp && !signup ? html`<label>Authenticator code
            <input name="totp" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" required></label>` : nothing}
          ${this.error ? html`<p class="error-state" role="alert">${this.error.message}</p>` : nothing}
          <button class="primary" type="submit" ?disabled=${this.busy}>${signup ? 'Sign up' : 'Log in'}</button>
          <p>${signup ? 'Already have an account?' : 'New here?'}
            <button type="button" class="link" @click=${this.switchMode}>${signup ? 'Log in' : 'Create an account'}</button></p>
        </form>
      </main>`;
  }
}
customElements.define('sign-in-page', SignInPage);
