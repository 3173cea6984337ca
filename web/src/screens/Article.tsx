/**
 * Article: a news text pasted or read from a file on this computer (nothing is fetched from
 * the web), screened by POST /v1/article — the text shown in its own direction with each
 * mention marked by its verdict (a sign and a word as well as a colour), each mention's
 * screening result beside it, and the sanctions actions the text reports.
 */
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { isAbort } from '../api.ts';
import {
  actionLine, articlePieces, fileKind, roleLine, verdictCounts, verdictLook, VERDICTS,
  type ArticleAnswer, type ArticleMention, type Piece,
} from '../article-view.ts';
import { Chips, ErrorNote, formatScore, Name, Section } from '../components.tsx';
import { htmlText } from '../html-text.ts';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import '../lists-article.css';

/** Results shown per mention: the best, and enough to see what else came close. */
const RESULTS_SHOWN = 3;

function Marked({ piece }: { piece: Piece }) {
  if (piece.kind === 'plain') return <>{piece.text}</>;
  if (piece.kind === 'furniture') return <span className="furniture" title={piece.label}>{piece.text}</span>;
  const look = verdictLook(piece.mention.verdict);
  return (
    <mark className={`mention-mark ${piece.mention.verdict}`} data-verdict={piece.mention.verdict}>
      <a href={`#mention-${piece.mention.id}`}>
        <span className="sign" aria-hidden="true">{look.sign}</span>{piece.text}
        <span className="visually-hidden"> ({look.label})</span>
      </a>
    </mark>
  );
}

function MentionItem({ mention }: { mention: ArticleMention }) {
  const look = verdictLook(mention.verdict);
  return (
    <li id={`mention-${mention.id}`} className={`mention ${mention.verdict}`} data-verdict={mention.verdict} tabIndex={-1}>
      <div className="mention-head">
        <Name text={mention.text} className="mention-text" />
        <span className={`badge ${look.badge}`}><span aria-hidden="true">{look.sign} </span>{look.label}</span>
      </div>
      <p className="mention-sub">
        <span className="latin">{mention.latin}</span> · {roleLine(mention)}
        {mention.occurrences.length > 1 ? ` · named ${mention.occurrences.length} times` : ''}
      </p>
      {mention.results.length > 0 && (
        <ul className="mention-results" aria-label={`Closest list entries for ${mention.latin}`}>
          {mention.results.slice(0, RESULTS_SHOWN).map((r) => (
            <li key={r.id} className={r.match ? 'is-match' : undefined}>
              <Link to={`/entity/${encodeURIComponent(r.id)}`}><Name text={r.caption} /></Link>{' '}
              <span className="score">{r.match ? 'match ' : ''}{formatScore(r.score)}</span>
              <Chips values={r.datasets} label="Lists" />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Screened({ text, answer }: { text: string; answer: ArticleAnswer }) {
  const persons = answer.mentions.filter((m) => m.kind === 'person').length;
  return (
    <>
      <p className="article-summary" role="status">
        {answer.script} text{answer.direction === 'rtl' ? ', right to left' : ''} · {persons} persons and {answer.mentions.length - persons} organisations
        named: {verdictCounts(answer.mentions)} · threshold {formatScore(answer.screening.threshold)}
      </p>
      <ul className="verdict-key" aria-label="Key">
        {VERDICTS.map((v) => (
          <li key={v.verdict}><mark className={`mention-mark ${v.verdict}`}><span className="sign" aria-hidden="true">{v.sign}</span>{v.label}</mark></li>
        ))}
      </ul>
      <div className="article-layout">
        <Section title="Text" id="article-text">
          <div className="article-text" dir={answer.direction === 'rtl' ? 'rtl' : 'auto'} lang={answer.language || undefined}>
            {articlePieces(text, answer).map((p) => <Marked key={p.start} piece={p} />)}
          </div>
        </Section>
        <Section title="Who it names" id="mentions">
          {answer.mentions.length === 0 ? <p>No person or organisation found.</p> : (
            <ol className="mentions">{answer.mentions.map((m) => <MentionItem key={m.id} mention={m} />)}</ol>
          )}
        </Section>
      </div>
      <Section title="Sanctions actions the text reports" id="actions">
        {answer.actions.length === 0 ? <p>None found.</p> : (
          <ul className="actions">
            {answer.actions.map((a) => (
              <li key={`${a.start}:${a.targets.count}`}>
                <strong>{actionLine(a)}</strong>
                <blockquote dir="auto"><Name text={a.text} /></blockquote>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

export function ArticleScreen() {
  const { api } = useSession();
  const [text, setText] = useState('');
  const [screened, setScreened] = useState<{ text: string; answer: ArticleAnswer } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef<AbortController | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    const kind = fileKind(file.name, file.type);
    if (!kind) {
      setError(new Error(`${file.name}: pick a .txt or .html file (this one is ${file.type || 'of an unknown type'}).`));
      return;
    }
    const content = await file.text();
    setText(kind === 'html' ? htmlText(content) : content);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(new Error('Paste a text or pick a file first.'));
      return;
    }
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setBusy(true);
    setError(null);
    try {
      const answer = await api.post<ArticleAnswer>('/v1/article', { text }, controller.signal);
      setScreened({ text, answer });
    } catch (err) {
      if (!isAbort(err)) setError(err);
    } finally {
      if (inFlight.current === controller) setBusy(false);
    }
  };

  return (
    <div className="article">
      <h1>Screen an article</h1>
      <form className="article-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="article-input">Article text</label>
          <textarea id="article-input" dir="auto" rows={8} value={text} onChange={(e) => setText(e.target.value)}
            placeholder="Paste a news text in Arabic, English or Russian" />
        </div>
        <div className="field">
          <label htmlFor="article-file">Or read a file (.txt, .html)</label>
          <input id="article-file" type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={pick} aria-describedby="article-file-hint" />
          <p className="hint" id="article-file-hint">Read here in the browser: nothing is fetched from the web.</p>
        </div>
        <div className="actions-row">
          <button type="submit" disabled={busy}>{busy ? 'Screening…' : 'Screen the article'}</button>
        </div>
      </form>
      {error !== null && <ErrorNote error={error} />}
      {screened && <Screened text={screened.text} answer={screened.answer} />}
    </div>
  );
}
