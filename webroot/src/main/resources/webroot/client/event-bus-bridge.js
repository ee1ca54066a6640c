// A small client for the Vert.x SockJS event-bus bridge: register handlers, ping every 5 s,
// reconnect with backoff, and report the connection state ('connecting' | 'open' | 'closed').
// window.SockJS comes from the sockjs-client WebJar loaded by index.html.

const PING_MS = 5_000;
const MAX_BACKOFF_MS = 30_000;

export class EventBusBridge {
  /**
   * @param urlFor async () => the SockJS URL to open (called on every connect)
   * @param headersFor async () => headers for register frames
   */
  constructor(urlFor, headersFor) {
    this.urlFor = urlFor;
    this.headersFor = headersFor;
    this.handlers = new Map();
    this.stateListeners = new Set();
    this.state = 'closed';
    this.attempt = 0;
    this.stopped = true;
  }

  onState(listener) {
    this.stateListeners.add(listener);
    listener(this.state);
    return () => this.stateListeners.delete(listener);
  }

  register(address, handler) {
    if (!this.handlers.has(address)) this.handlers.set(address, new Set());
    this.handlers.get(address).add(handler);
    if (this.state === 'open') this.sendRegister(address);
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.socket?.close();
    this.handlers.clear();
  }

  setState(state, detail) {
    this.state = state;
    this.stateListeners.forEach((l) => l(state, detail));
  }

  async connect() {
    this.setState('connecting');
    let socket;
    try {
      socket = new window.SockJS(await this.urlFor());
    } catch (e) {
      this.scheduleReconnect(e);
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.setState('open');
      this.handlers.forEach((_, address) => this.sendRegister(address));
      this.pingTimer = setInterval(() => this.sendFrame({ type: 'ping' }), PING_MS);
    };
    socket.onmessage = (e) => this.receive(JSON.parse(e.data));
    socket.onclose = () => {
      clearInterval(this.pingTimer);
      if (this.socket === socket) this.scheduleReconnect();
    };
  }

  scheduleReconnect(error) {
    if (this.stopped) { this.setState('closed'); return; }
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.attempt++);
    this.setState('closed', { retryInMs: delay, error });
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  async sendRegister(address) {
    this.sendFrame({ type: 'register', address, headers: await this.headersFor() });
  }

  sendFrame(frame) {
    if (this.socket?.readyState === window.SockJS.OPEN) this.socket.send(JSON.stringify(frame));
  }

  receive(frame) {
    if (frame.type === 'err') {
      console.warn('event bus refused:', frame.body || frame);
      return;
    }
    if (frame.type !== 'rec') return;
    this.handlers.get(frame.address)?.forEach((h) => h(frame.body));
  }
}
