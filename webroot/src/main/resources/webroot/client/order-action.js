// The shared part of a trader's order action (cancel, modify, exit): sent once (a second click while it is on its
// way does nothing), then the order as the service booked it handed to `booked`, or the refusal shown in words.
import { LightElement } from './light-element.js';

export class OrderAction extends LightElement {
  static properties = {
    booked: { attribute: false }, // (order) => void: the order as booked
    busy: { state: true },
    error: { state: true },
  };

  /** Runs `request` (a function returning the API call's promise) unless one is on its way; true when booked. */
  async send(request) {
    if (this.busy) return false;
    this.busy = true;
    this.error = null;
    try {
      this.booked?.(await request());
      return true;
    } catch (err) {
      this.error = err.message;
      return false;
    } finally {
      this.busy = false;
    }
  }
}
