import type { Camera } from 'sigma';
import { h } from './dom.js';
import { RELATIONS, relationColor } from './palette.js';

/** Relation chips (toggle buttons) filled into `chips`, with each chip's pressed state. */
export function relationChips(
  chips: HTMLElement,
  selected: string[],
  toggle: (relation: string) => void,
): void {
  for (const relation of RELATIONS) {
    const line = h('span', { class: 'line' });
    line.style.background = relationColor(relation);
    const chip = h(
      'button',
      { type: 'button', 'data-relation': relation, 'aria-pressed': selected.includes(relation) },
      line,
      relation.toLowerCase(),
    );
    chip.addEventListener('click', () => toggle(relation));
    chips.append(chip);
  }
}

/** Chips, date inputs and zoom buttons; the camera is looked up on click (the renderer comes later). */
export function networkToolbar(
  chips: HTMLElement,
  from: HTMLInputElement,
  to: HTMLInputElement,
  camera: () => Camera | undefined,
): HTMLElement {
  const button = (label: string, text: string, act: () => void) => {
    const b = h('button', { type: 'button', 'aria-label': label }, text);
    b.addEventListener('click', act);
    return b;
  };
  return h(
    'div',
    { class: 'toolbar' },
    chips,
    h('span', { class: 'provenance' }, 'none pressed = all relations'),
    h('label', {}, 'From ', from),
    h('label', {}, 'To ', to),
    button('Zoom in', '+', () => void camera()?.animatedZoom(1.5)),
    button('Zoom out', '−', () => void camera()?.animatedUnzoom(1.5)),
    button('Reset view', 'Reset', () => void camera()?.animatedReset()),
  );
}
