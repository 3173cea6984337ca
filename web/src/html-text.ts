/**
 * The words of an HTML page picked from disk, read in the browser: parsed into a template's
 * content, which is inert (no script runs, nothing loads, no style is applied, so the page's
 * CSP has nothing to refuse, as it would for a DOMParser document), scripts, styles and the
 * title left out, and a line break after each block so paragraphs stay apart, as the article
 * screening reads sentences by them.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TITLE', 'META', 'LINK', 'IFRAME', 'OBJECT']);
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'NAV', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'HR', 'BR', 'ADDRESS',
]);

function collect(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  const tag = node.nodeType === Node.ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : null;
  if (tag ? SKIPPED.has(tag) : node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  for (const child of node.childNodes) collect(child, out);
  if (tag && BLOCKS.has(tag)) out.push('\n');
}

export function htmlText(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out: string[] = [];
  collect(template.content, out);
  return out.join('').split('\n').map((line) => line.trim()).filter((line) => line !== '').join('\n\n');
}
