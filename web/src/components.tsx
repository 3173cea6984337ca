/** Small pieces every screen uses: names in their own direction, errors, chips, loading data. */
import { useEffect, useState, type DependencyList, type ReactNode } from 'react';
import { isAbort } from './api.ts';

/** A name as listed: its own direction (Arabic right to left inside a left-to-right page). */
export function Name({ text, className }: { text: string; className?: string }) {
  return <bdi dir="auto" className={className}>{text}</bdi>;
}

export function ErrorNote({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return <p className="error" role="alert">{message}</p>;
}

export function Chips({ values, label, titles }: { values: readonly string[]; label: string; titles?: ReadonlyMap<string, string> }) {
  if (values.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {values.map((v) => <li key={v} className="chip" title={titles?.get(v)}>{v}</li>)}
    </ul>
  );
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/** Data loaded for a screen, the request cancelled when the screen goes or its inputs change. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    load(controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ data: null, error, loading: false });
      },
    );
    return () => controller.abort();
    // The caller names what the load depends on: `load` itself is a new closure every render.
  }, deps);
  return state;
}

/** "1 hit", "2 hits". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A score as a person reads it: two decimals. */
export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** "2026-02-27T10:04:05Z" → "2026-02-27 10:04 UTC": the same for every analyst, whatever their zone. */
export function formatTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}
