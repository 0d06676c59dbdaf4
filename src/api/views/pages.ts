import escapeHtml from 'escape-html';

/** A page shell: no inline script or style, the element does the work from its attributes. */
export function viewPage(
  base: string,
  title: string,
  element: string,
  attrs: Record<string, string | undefined>,
): string {
  const attributes = Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} · quotegraph</title>
<link rel="stylesheet" href="${escapeHtml(base)}/assets/page.css">
<script src="${escapeHtml(base)}/assets/quotegraph.js" defer></script>
</head>
<body>
<main><${element}${attributes}></${element}></main>
</body>
</html>
`;
}

export const PAGE_CSS = `body { margin: 0; padding: 8px; background: #fff; }
main { max-width: 1200px; margin: 0 auto; }
`;
