/**
 * The workbench's paths in the browser's history: a hook that follows them, a link that moves
 * without reloading, and path patterns with parameters ("/entity/:id").
 */
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent, type Ref } from 'react';

const NAVIGATED = 'ghirbal:navigated';

export interface Place {
  path: string;
  search: string;
}

function here(): Place {
  return { path: window.location.pathname, search: window.location.search };
}

/** Go to a path of the workbench (a new history entry unless `replace`). */
export function navigate(to: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
}

/**
 * Rewrite the query string of the current entry without telling anyone: a screen keeping its
 * own state in the URL (the search box) must not be re-rendered by its own typing.
 */
export function replaceSearch(search: string): void {
  const url = `${window.location.pathname}${search}`;
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
}

export function usePlace(): Place {
  const [place, setPlace] = useState(here);
  useEffect(() => {
    const update = () => setPlace(here());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return place;
}

/** The parameters of a path under a pattern ("/entity/:id"), or null when it does not fit. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (!got[i]) return null;
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== got[i]) return null;
  }
  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; ref?: Ref<HTMLAnchorElement> };

/** A link within the workbench: a plain click moves in place; a modified click opens as the browser would. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}
