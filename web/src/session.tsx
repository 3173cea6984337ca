/**
 * Who is signed in: the API key (kept in this tab's sessionStorage, gone when the tab closes)
 * and what the server says it is (GET /v1/me), shared with every screen.
 */
import { createContext, useContext } from 'react';
import { Api, type Me } from './api.ts';

export interface Session {
  api: Api;
  me: Me;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in workbench');
  return session;
}

const STORAGE_KEY = 'ghirbal.apiKey';

/** sessionStorage may be refused (privacy settings): then the key lives only as long as the page. */
export function storedKey(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeKey(key: string | null): void {
  try {
    if (key) window.sessionStorage.setItem(STORAGE_KEY, key);
    else window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing kept: the next page load asks again.
  }
}

/** What the server says a key (or no key) is; an ApiError 401 when it does not know it. */
export function whoIs(key: string | null): Promise<Me> {
  return new Api(key).get<Me>('/v1/me');
}
