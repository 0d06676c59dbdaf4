import { GraphqlClient } from './graphql-client.js';
import { adoptStyles } from './styles.js';

/** Shadow root, styles, API client and host notifications shared by every quotegraph element. */
export abstract class QuotegraphElement extends HTMLElement {
  protected readonly root: ShadowRoot;
  protected client: GraphqlClient | null = null;
  private unsubscribers: (() => void)[] = [];

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.root);
  }

  protected get api(): string {
    return this.getAttribute('api') ?? '/graphql';
  }

  connectedCallback(): void {
    this.client = new GraphqlClient(this.api);
    void this.load();
  }

  disconnectedCallback(): void {
    this.stopLive();
    this.client?.dispose();
    this.client = null;
  }

  protected abstract load(): Promise<void>;

  protected live(unsubscribe: () => void): void {
    this.unsubscribers.push(unsubscribe);
  }

  protected stopLive(): void {
    for (const u of this.unsubscribers.splice(0)) u();
  }

  /** A DOM event for hosts of the element and a postMessage for hosts of an iframe. */
  protected notify(type: string, detail: Record<string, unknown>): void {
    this.dispatchEvent(
      new CustomEvent(`quotegraph:${type}`, { detail, bubbles: true, composed: true }),
    );
    if (window.parent !== window) {
      window.parent.postMessage(
        { source: 'quotegraph', type, detail },
        this.getAttribute('message-origin') ?? '*',
      );
    }
  }

  protected showError(where: HTMLElement, err: unknown): void {
    where.replaceChildren(
      Object.assign(document.createElement('p'), {
        className: 'error',
        textContent: `Could not load: ${err instanceof Error ? err.message : String(err)}`,
      }),
    );
  }
}
