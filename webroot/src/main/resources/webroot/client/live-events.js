// The signed-in user's live events (trading.user.<id>.events) fanned out to the page by type.
import { EventBusBridge } from './event-bus-bridge.js';
import { freshAccessToken, onSessionChange } from './api-client.js';

const listeners = new Set();
const stateListeners = new Set();
let bridge = null;
let connection = { state: 'closed' };

// No token in the URL (it would sit in proxy and access logs): it rides in each register frame's headers.
async function url() {
  return '/eventbus';
}

async function headers() {
  return { Authorization: 'Bearer ' + (await freshAccessToken()) };
}

onSessionChange((user) => {
  bridge?.stop();
  bridge = null;
  if (!user) { setConnection('closed'); return; }
  bridge = new EventBusBridge(url, headers);
  bridge.onState(setConnection);
  bridge.register(`trading.user.${user.id}.events`, (event) => listeners.forEach((l) => l(event)));
  bridge.start();
});

function setConnection(state, detail = {}) {
  connection = { state, ...detail };
  stateListeners.forEach((l) => l(connection));
}

/**
 * Calls handler(event) for each event whose type starts with one of the prefixes
 * ('order.', 'task.', 'service.', ...). Returns the unsubscribe function.
 */
export function onLiveEvent(prefixes, handler) {
  const listener = (event) => {
    if (prefixes.some((p) => event.type?.startsWith(p))) handler(event);
  };
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls listener({state, retryInMs?}) now and whenever the event connection changes. */
export function onConnection(listener) {
  stateListeners.add(listener);
  listener(connection);
  return () => stateListeners.delete(listener);
}
