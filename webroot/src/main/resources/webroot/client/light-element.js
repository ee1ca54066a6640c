import { LitElement } from 'lit';

/** A Lit element that renders into the page itself, so the one plain stylesheet styles every component. */
export class LightElement extends LitElement {
  createRenderRoot() {
    return this;
  }
}
