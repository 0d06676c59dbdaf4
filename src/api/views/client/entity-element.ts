import { QuotegraphElement } from './base-element.js';
import { h } from './dom.js';
import { ENTITY_QUERY, STATEMENT_ADDED } from './queries.js';
import { sparkline } from './sparkline.js';
import type { CounterpartData, EntityCardData, LiveEvent } from './types.js';

/** `<quotegraph-entity entity="e_…" api>`: who it talks about, who talks about it, and when. */
export class QuotegraphEntity extends QuotegraphElement {
  static observedAttributes = ['entity'];
  private readonly card = h('article', { class: 'card', 'aria-live': 'polite' });
  private timer: ReturnType<typeof setTimeout> | null = null;

  attributeChangedCallback(): void {
    if (this.client) void this.load();
  }

  protected async load(): Promise<void> {
    if (!this.card.isConnected) this.root.append(this.card);
    const id = this.getAttribute('entity');
    if (!id || !this.client) return;
    try {
      const data = await this.client.request<EntityCardData>(ENTITY_QUERY, { id });
      const e = data.entity;
      if (!e) {
        this.card.replaceChildren(h('p', { class: 'error' }, `No entity ${id}.`));
        return;
      }
      const section = (title: string, rows: CounterpartData[], direction: string) =>
        h(
          'section',
          { 'data-direction': direction },
          h('h3', {}, title),
          rows.length
            ? h(
                'ul',
                {},
                ...rows.map((c) =>
                  h(
                    'li',
                    {},
                    h('strong', {}, c.entity.name),
                    ` ${c.total}: `,
                    c.byRelation.map((r) => `${r.relation.toLowerCase()} ${r.count}`).join(', '),
                  ),
                ),
              )
            : h('p', {}, 'None yet.'),
        );
      this.card.replaceChildren(
        h('h2', {}, e.name, ' ', h('small', {}, e.kind.toLowerCase())),
        e.aliases.length ? h('p', { class: 'provenance' }, `Also: ${e.aliases.join(', ')}`) : '',
        h(
          'p',
          { class: 'counts' },
          `${e.statementsMadeCount} statements made, ${e.statementsAboutCount} about it.`,
        ),
        sparkline(data.timeline),
        h(
          'div',
          { class: 'counterparts' },
          section('Talks about', e.out, 'out'),
          section('Talked about by', e.in, 'in'),
        ),
      );
      this.dataset.rendered = String(Date.now());
      this.subscribe(id);
    } catch (err) {
      this.showError(this.card, err);
    }
  }

  private subscribe(id: string): void {
    if (!this.client || this.hasAttribute('static')) return;
    this.stopLive();
    const refresh = ({ statementAdded }: LiveEvent) => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.load(), 300);
      this.notify('statement-added', { id: statementAdded.id });
    };
    this.live(
      this.client.subscribe<LiveEvent>(STATEMENT_ADDED, { filter: { speaker: id } }, refresh),
    );
    this.live(
      this.client.subscribe<LiveEvent>(STATEMENT_ADDED, { filter: { target: id } }, refresh),
    );
  }
}
