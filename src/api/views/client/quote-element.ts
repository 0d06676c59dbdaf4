import { QuotegraphElement } from './base-element.js';
import { h, highlightedSentence, provenance } from './dom.js';
import { STATEMENT_QUERY } from './queries.js';
import type { StatementData } from './types.js';

/** `<quotegraph-quote statement="s_…" api>`: one statement in its sentence, with provenance. */
export class QuotegraphQuote extends QuotegraphElement {
  static observedAttributes = ['statement'];
  private readonly card = h('figure', { class: 'card' });

  attributeChangedCallback(): void {
    if (this.client) void this.load();
  }

  protected async load(): Promise<void> {
    if (!this.card.isConnected) this.root.append(this.card);
    const id = this.getAttribute('statement');
    if (!id || !this.client) return;
    try {
      const { statement } = await this.client.request<{ statement: StatementData | null }>(
        STATEMENT_QUERY,
        { id },
      );
      if (!statement) {
        this.card.replaceChildren(h('p', { class: 'error' }, `No statement ${id}.`));
        return;
      }
      this.card.replaceChildren(
        h(
          'blockquote',
          { cite: statement.article.url ?? undefined },
          highlightedSentence(statement),
        ),
        h('figcaption', {}, provenance(statement)),
      );
      this.dataset.rendered = String(Date.now());
    } catch (err) {
      this.showError(this.card, err);
    }
  }
}
