import { LitElement } from 'lit';

/** A bare Lit element to hang controllers on, as the app's components do. */
export class TestHost extends LitElement {}
customElements.define('lectern-test-host', TestHost);

/** A connected host; removing it from the page disconnects its controllers. */
export function mountHost(): TestHost {
  const host = new TestHost();
  document.body.append(host);
  return host;
}
