/** Sign in with an API key: the server checks it (GET /v1/me) before the workbench opens. */
import { useState, type FormEvent } from 'react';
import { ApiError, type Me } from '../api.ts';
import { ErrorNote } from '../components.tsx';
import { whoIs } from '../session.tsx';

export function SignIn({ onSignedIn, notice }: { onSignedIn(key: string, me: Me): void; notice?: string }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const secret = key.trim();
    if (!secret) {
      setError(new Error('Enter the API key you were given (ghirbal keys create makes one).'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSignedIn(secret, await whoIs(secret));
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? new Error('The server does not know this key (or it was revoked).') : err);
      setBusy(false);
    }
  };

  return (
    <main id="main" className="signin">
      <h1>Ghirbal workbench</h1>
      <form onSubmit={submit} className="panel">
        <h2>Sign in</h2>
        {notice && <p>{notice}</p>}
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key" type="password" autoComplete="off" spellCheck={false} value={key}
          onChange={(e) => setKey(e.target.value)} aria-describedby="api-key-hint" autoFocus
        />
        <p id="api-key-hint" className="hint">Kept in this browser tab only, and sent to this server with each request.</p>
        <button type="submit" disabled={busy}>{busy ? 'Checking…' : 'Sign in'}</button>
        {error !== null && <ErrorNote error={error} />}
      </form>
    </main>
  );
}
