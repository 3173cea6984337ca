/**
 * The workbench: signs in (or not, when the server runs without keys), then shows the screen
 * the path names, under a header with the navigation the key's role allows.
 */
import { useEffect, useMemo, useState } from 'react';
import { Api, ApiError, type Me } from './api.ts';
import { ErrorNote } from './components.tsx';
import { IndexStatus } from './IndexStatus.tsx';
import { Link, matchPath, navigate, usePlace } from './router.tsx';
import { allows, SCREENS } from './screens.ts';
import { SignIn } from './screens/SignIn.tsx';
import { SessionContext, storedKey, storeKey, whoIs, type Session } from './session.tsx';

type Boot =
  | { phase: 'checking' }
  | { phase: 'signin'; notice?: string }
  | { phase: 'failed'; error: unknown }
  | { phase: 'in'; key: string | null; me: Me };

/** The stored key if the server still knows it; else no key, if the server takes none; else sign in. */
async function boot(): Promise<Boot> {
  const key = storedKey();
  if (key) {
    try {
      return { phase: 'in', key, me: await whoIs(key) };
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) return { phase: 'failed', error: err };
      storeKey(null);
    }
  }
  try {
    const me = await whoIs(null);
    return { phase: 'in', key: null, me };
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return { phase: 'signin', notice: key ? 'That key no longer works: sign in again.' : undefined };
    return { phase: 'failed', error: err };
  }
}

function Workbench({ session }: { session: Session }) {
  const place = usePlace();
  const visible = SCREENS.filter((s) => allows(session.me.role, s.role));
  const found = visible.map((s) => ({ screen: s, params: matchPath(s.pattern, place.path) })).find((m) => m.params !== null);

  useEffect(() => {
    if (place.path === '/signin') navigate('/', true);
  }, [place.path]);
  useEffect(() => {
    document.title = `${found?.screen.title ?? 'Not found'} · Ghirbal`;
  }, [found?.screen.title]);

  return (
    <>
      <a href="#main" className="skip">Skip to content</a>
      <header className="top">
        <Link to="/" className="brand">Ghirbal</Link>
        <nav aria-label="Screens">
          <ul>
            {visible.filter((s) => s.nav).map((s) => (
              <li key={s.pattern}>
                <Link to={s.pattern} aria-current={found?.screen === s ? 'page' : undefined}>{s.nav}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <IndexStatus />
        <div className="who">
          <span className="role" data-testid="role">{session.me.auth ? `${session.me.label ?? session.me.key_id} · ${session.me.role}` : 'no sign-in (server runs without keys)'}</span>
          {session.me.auth && <button type="button" className="small" onClick={session.signOut}>Sign out</button>}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {found
          ? <found.screen.Component key={found.screen.pattern} params={found.params ?? {}} search={place.search} />
          : <><h1>Not found</h1><p>No screen at <code>{place.path}</code>. <Link to="/">Search</Link></p></>}
      </main>
    </>
  );
}

export function App() {
  const [state, setState] = useState<Boot>({ phase: 'checking' });
  useEffect(() => {
    void boot().then(setState);
  }, []);

  const session = useMemo<Session | null>(() => {
    if (state.phase !== 'in') return null;
    return {
      api: new Api(state.key),
      me: state.me,
      signOut: () => {
        storeKey(null);
        setState({ phase: 'signin' });
      },
    };
  }, [state]);

  if (state.phase === 'checking') return <p role="status" className="booting">Connecting to the server…</p>;
  if (state.phase === 'failed') return <main id="main"><h1>Ghirbal workbench</h1><ErrorNote error={state.error} /></main>;
  if (state.phase === 'signin' || !session) {
    return (
      <SignIn
        notice={state.phase === 'signin' ? state.notice : undefined}
        onSignedIn={(key, me) => {
          storeKey(key);
          setState({ phase: 'in', key, me });
        }}
      />
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <Workbench session={session} />
    </SessionContext.Provider>
  );
}
