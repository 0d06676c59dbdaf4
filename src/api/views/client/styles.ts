/** Shared view styles, adopted as a constructed sheet (allowed by a CSP without 'unsafe-inline'). */
export const VIEW_CSS = `
:host { display: block; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; color: #1a1a1a; }
* { box-sizing: border-box; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(260px, 34%); gap: 12px; }
.stage { position: relative; height: var(--quotegraph-height, 520px); border: 1px solid #ccc; border-radius: 6px; background: #fff; }
.canvas { position: absolute; inset: 0; }
.toolbar, .chips, .legend { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 6px 0; }
button, input { font: inherit; }
button { border: 1px solid #888; background: #f7f7f7; border-radius: 14px; padding: 2px 10px; cursor: pointer; }
button[aria-pressed="true"] { background: #1a1a1a; color: #fff; border-color: #1a1a1a; }
button:focus-visible, li:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%; margin-right: 4px; vertical-align: -1px; border: 1px solid #0003; }
.line { display: inline-block; width: 18px; height: 3px; margin-right: 4px; vertical-align: 3px; }
.panel { border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px; max-height: var(--quotegraph-height, 520px); overflow: auto; }
.panel h2, .card h2 { font-size: 1.05em; margin: 0 0 6px; }
ol.quotes { list-style: none; margin: 0; padding: 0; }
ol.quotes li { padding: 6px; border-bottom: 1px solid #eee; border-radius: 4px; }
ol.quotes li:focus { background: #eef5fb; }
.sentence { margin: 2px 0; }
mark { padding: 0 1px; border-radius: 2px; }
mark.quote { background: #fff3c4; }
mark.speaker { background: #cfe6f7; font-weight: 600; }
mark.target { background: #f6d7c3; font-weight: 600; text-decoration: underline; }
mark.cue { background: transparent; font-style: italic; text-decoration: underline dotted; }
.provenance { color: #444; font-size: 0.9em; margin: 2px 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #eee; }
.status { min-height: 1.4em; color: #444; font-size: 0.9em; }
.error { color: #a00; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.card { border: 1px solid #ccc; border-radius: 6px; padding: 10px 12px; }
.counterparts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.counterparts ul { margin: 0; padding-left: 18px; }
.spark { display: block; margin: 6px 0; }
.spark polyline { fill: none; stroke: #0072B2; stroke-width: 1.5; }
.spark rect { fill: #0072B2; }
@media (max-width: 640px) { .layout, .counterparts { grid-template-columns: 1fr; } }
`;

let sheet: CSSStyleSheet | null = null;

export function adoptStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(VIEW_CSS);
  }
  root.adoptedStyleSheets = [sheet];
}
