import { h, highlightedSentence, provenance } from './dom.js';
import type { StatementData } from './types.js';

/**
 * The quotes behind an edge as a keyboard-navigable list: one tab stop, arrows and Home/End move
 * between quotes, Enter opens the article (roving tabindex, WAI-ARIA listbox-like pattern).
 */
export function quoteList(statements: StatementData[]): HTMLOListElement {
  const list = h('ol', { class: 'quotes', 'aria-label': 'Quotes' });
  statements.forEach((s, i) => {
    const item = h(
      'li',
      {
        tabindex: i === 0 ? 0 : -1,
        'data-statement': s.id,
        'aria-posinset': i + 1,
        'aria-setsize': statements.length,
      },
      highlightedSentence(s),
      provenance(s),
    );
    list.append(item);
  });
  list.addEventListener('keydown', (event) => {
    const items = [...list.querySelectorAll('li')];
    const current = items.indexOf((event.target as HTMLElement).closest('li') as HTMLLIElement);
    if (current < 0) return;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(current + 1, items.length - 1)
        : event.key === 'ArrowUp'
          ? Math.max(current - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? items.length - 1
              : -1;
    if (event.key === 'Enter') {
      items[current]?.querySelector('a')?.click();
      return;
    }
    if (next < 0) return;
    event.preventDefault();
    items.forEach((item, i) => item.setAttribute('tabindex', i === next ? '0' : '-1'));
    items[next]?.focus();
  });
  return list;
}
