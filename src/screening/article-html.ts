/**
 * A screened article as one self-contained HTML page: the text as written (right to left
 * for Arabic), page furniture greyed, each mention highlighted by its verdict and linked to
 * its row below, where the best list entries are linked to their records; then the
 * sanctions actions. Everything from the text or the lists is escaped.
 */
import { countryName } from '../model/countries.js';
import type { ArticleMention, ArticleScreening, SanctionsAction } from './article.js';

export interface ArticleHtmlOptions {
  /** Page title (default: the article's first words). */
  title?: string;
  /** Where a list entry's record is (default: the server's /entities/{id}). */
  entityUrl?: (id: string) => string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const VERDICT_LABELS: Readonly<Record<ArticleMention['verdict'], string>> = { listed: 'listed', possible: 'possible', not_listed: 'not listed' };
const TITLE_WORDS = 8;

const STYLE = `
body{font:16px/1.6 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
article{white-space:pre-wrap;border:1px solid #ddd;padding:1rem 1.25rem;border-radius:6px}
.furniture{color:#999;text-decoration:line-through}
mark{padding:0 .15em;border-radius:3px}
mark a{color:inherit;text-decoration:none}
mark.listed{background:#f8c4c4;outline:2px solid #c0392b}
mark.possible{background:#fde9b8;outline:1px dashed #b9770e}
mark.not_listed{background:#e4ecf7}
table{border-collapse:collapse;width:100%;margin-top:1.5rem;font-size:14px}
th,td{border-bottom:1px solid #ddd;padding:.4rem;text-align:start;vertical-align:top}
td.listed{color:#c0392b;font-weight:600} td.possible{color:#b9770e;font-weight:600}
ul.results{margin:0;padding-inline-start:1rem}
`;

interface Piece {
  start: number;
  end: number;
  open: string;
  close: string;
}

/** The marks over the text: furniture, then every occurrence of every mention, none overlapping another. */
function pieces(s: ArticleScreening): Piece[] {
  const out: Piece[] = s.furniture.map((f) => ({ start: f.start, end: f.end, open: `<span class="furniture" title="${escapeHtml(f.kind)}">`, close: '</span>' }));
  for (const m of s.mentions) {
    const title = escapeHtml(`${m.latin} — ${VERDICT_LABELS[m.verdict]}${m.results[0] ? `: ${m.results[0].caption} (${m.results[0].score.toFixed(2)})` : ''}`);
    for (const o of m.occurrences) {
      out.push({ start: o.start, end: o.end, open: `<mark class="${m.verdict}" data-mention="${m.id}" title="${title}"><a href="#${m.id}">`, close: '</a></mark>' });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Piece[] = [];
  for (const p of out) if (kept.length === 0 || p.start >= kept[kept.length - 1].end) kept.push(p);
  return kept;
}

function markedText(text: string, s: ArticleScreening): string {
  let html = '';
  let at = 0;
  for (const p of pieces(s)) {
    html += escapeHtml(text.slice(at, p.start)) + p.open + escapeHtml(text.slice(p.start, p.end)) + p.close;
    at = p.end;
  }
  return html + escapeHtml(text.slice(at));
}

function resultsCell(m: ArticleMention, entityUrl: (id: string) => string): string {
  if (m.results.length === 0) return '';
  const items = m.results.map((r) => `<li><a href="${escapeHtml(entityUrl(r.id))}">${escapeHtml(r.caption)}</a> <small>${escapeHtml(r.id)} · ${r.score.toFixed(3)}${r.match ? ' · match' : ''} · ${escapeHtml(r.datasets.join(', '))}</small></li>`);
  return `<ul class="results">${items.join('')}</ul>`;
}

function mentionRow(m: ArticleMention, entityUrl: (id: string) => string): string {
  const country = m.country ? (countryName(m.country) ?? m.country) : '';
  const role = [m.role, country].filter(Boolean).join(' · ');
  return `<tr id="${m.id}"><td>${m.id}</td><td class="${m.verdict}">${VERDICT_LABELS[m.verdict]}</td><td>${escapeHtml(m.kind)}</td>` +
    `<td dir="auto">${escapeHtml(m.text)}${m.occurrences.length > 1 ? ` <small>×${m.occurrences.length}</small>` : ''}</td>` +
    `<td>${escapeHtml(m.latin)}</td><td>${escapeHtml(role)}</td><td>${resultsCell(m, entityUrl)}</td></tr>`;
}

/** One action in words: "Treasury: sanctions on 275 persons and entities, in India, China". */
export function describeAction(a: SanctionsAction): string {
  const who = a.actor ? `${a.actor.name}${a.actor.country && a.actor.name !== countryName(a.actor.country) ? ` (${a.actor.country})` : ''}` : 'unnamed actor';
  const hedge = a.targets.hedge === 'about' ? 'about ' : a.targets.hedge === 'more_than' ? 'more than ' : a.targets.hedge === 'up_to' ? 'up to ' : '';
  const where = a.countries.length > 0 ? `, in ${a.countries.map((c) => countryName(c) ?? c).join(', ')}` : '';
  const howMany = a.countryCount ? `, in ${a.countryCount.hedge === 'more_than' ? 'more than ' : ''}${a.countryCount.count} countries` : '';
  return `${who}: ${a.action.replace('_', ' ')} on ${hedge}${a.targets.count} ${a.targets.kinds.join(' and ')}${where}${howMany}`;
}

/** The article and its screening as a standalone HTML page. */
export function articleHtml(text: string, s: ArticleScreening, options: ArticleHtmlOptions = {}): string {
  const entityUrl = options.entityUrl ?? ((id: string) => `/entities/${encodeURIComponent(id)}`);
  const title = options.title ?? `${text.trim().split(/\s+/).slice(0, TITLE_WORDS).join(' ')}…`;
  const lang = s.language === 'und' ? '' : ` lang="${s.language}"`;
  const actions = s.actions.length === 0 ? '' :
    `<h2>Sanctions actions reported</h2><ul>${s.actions.map((a) => `<li>${escapeHtml(describeAction(a))}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html${lang} dir="${s.direction}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<article${lang} dir="${s.direction}">${markedText(text, s)}</article>
<table dir="ltr" lang="en">
<thead><tr><th>#</th><th>verdict</th><th>kind</th><th>as written</th><th>Latin</th><th>role · country</th><th>best list entries</th></tr></thead>
<tbody>${s.mentions.map((m) => mentionRow(m, entityUrl)).join('\n')}</tbody>
</table>
<div dir="ltr" lang="en">${actions}</div>
</body>
</html>
`;
}
