// Notification channels: a Telegram chat or a signed webhook, the events each hears of, and "Send test".
// Tokens, URLs and secrets are sealed by the server and never shown again.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { time } from '../client/format.js';

const EVENTS = [
  ['order.placed', 'Order placed'], ['order.filled', 'Order filled'], ['order.rejected', 'Order rejected'],
  ['task.failed', 'Task failed'], ['broker.session', 'Broker session expired or IP refused'],
  ['kill-switch.tripped', 'Kill switch tripped'], ['readiness.checked', 'Pre-open readiness check (08:45)'],
  ['daily.summary', 'Daily summary (18:00)'],
];
const FIELDS = {
  telegram: [['botToken', 'Bot token (from @BotFather)', 'password'], ['chatId', 'Chat id', 'text']],
  webhook: [['url', 'Webhook URL', 'url'], ['secret', 'Signing secret (16+ characters)', 'password']],
};

class NotificationsForm extends LightElement {
  static properties = {
    channels: { state: true }, kind: { state: true }, errors: { state: true }, message: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.kind = 'telegram';
    this.errors = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.channels = (await api('GET', '/user/notifications')).items;
    } catch (e) {
      this.message = { text: e.message, ok: false };
    }
  }

  async add(e) {
    e.preventDefault();
    const form = e.target;
    const body = { kind: this.kind, events: EVENTS.map(([code]) => code)
      .filter((code) => form.elements.namedItem(`event-${code}`).checked) };
    FIELDS[this.kind].forEach(([name]) => { body[name] = form.elements.namedItem(name).value.trim(); });
    await this.act(async () => {
      await api('POST', '/user/notifications', body);
      form.reset();
      this.errors = {};
      return 'Channel added.';
    });
  }

  async act(action) {
    this.busy = true;
    try {
      this.message = { text: await action(), ok: true };
      await this.load();
    } catch (err) {
      this.errors = err.fields || {};
      this.message = { text: err.message, ok: false };
    } finally {
      this.busy = false;
    }
  }

  field([name, label, type]) {
    const error = this.errors[name];
    return html`<div class="field" data-field=${name}><label for="notify-${name}">${label}</label>
      <input id="notify-${name}" name=${name} type=${type} required autocomplete="off"
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `notify-${name}-error` : nothing}>
      ${error ? html`<span class="field-error" id="notify-${name}-error">${error}</span>` : nothing}</div>`;
  }

  render() {
    return html`<section class="card notifications" aria-labelledby="notifications-title">
      <h2 id="notifications-title">Notifications</h2>
      ${this.channels?.length ? html`<ul class="notification-channels">${this.channels.map((c) => html`
        <li><span class="channel-label">${c.label}</span> <span class="channel-events">${c.events.join(', ')}</span>
          <span class="channel-delivered">${c.lastDeliveredAt ? `last delivered ${time(c.lastDeliveredAt)}` : 'nothing delivered yet'}</span>
          <button type="button" class="send-test" ?disabled=${this.busy} aria-label="Send a test to ${c.label}"
            @click=${() => this.act(async () => { await api('POST', `/user/notifications/${c.id}/test`); return `Test queued for ${c.label}.`; })}>Send test</button>
          <button type="button" class="remove-channel" ?disabled=${this.busy} aria-label="Remove ${c.label}"
            @click=${() => this.act(async () => { await api('DELETE', `/user/notifications/${c.id}`); return `${c.label} removed.`; })}>Remove</button>
        </li>`)}</ul>` : html`<p>No channel yet.</p>`}
      <form @submit=${this.add} aria-label="Add a notification channel">
        <div class="field"><label for="notify-kind">Channel</label>
          <select id="notify-kind" name="kind" @change=${(e) => { this.kind = e.target.value; this.errors = {}; }}>
            <option value="telegram" ?selected=${this.kind === 'telegram'}>Telegram chat</option>
            <option value="webhook" ?selected=${this.kind === 'webhook'}>Webhook (HMAC-SHA256 signed)</option>
          </select></div>
        ${FIELDS[this.kind].map((f) => this.field(f))}
        <fieldset data-field="events"><legend>Tell me when</legend>
          ${EVENTS.map(([code, label]) => html`<div class="field checkbox"><input type="checkbox" id="event-${code}"
            name="event-${code}" checked><label for="event-${code}">${label}</label></div>`)}
          ${this.errors.events ? html`<span class="field-error">${this.errors.events}</span>` : nothing}
        </fieldset>
        <button class="primary" type="submit" ?disabled=${this.busy}>Add channel</button>
      </form>
      ${this.message ? html`<p class=${this.message.ok ? 'ok-state' : 'error-state'}
        role=${this.message.ok ? 'status' : 'alert'}>${this.message.text}</p>` : nothing}
    </section>`;
  }
}
customElements.define('notifications-form', NotificationsForm);
