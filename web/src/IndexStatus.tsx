/**
 * Which list versions the server answers from, and — for an admin key only — the action to
 * rebuild its index from the store's current versions (POST /updatez).
 */
import { useState } from 'react';
import { count, ErrorNote, useLoad } from './components.tsx';
import { useSession } from './session.tsx';
import { CATALOG_PATH, forget, getOnce, type Catalog } from './shared-data.ts';

export function IndexStatus() {
  const { api, me } = useSession();
  const [generation, setGeneration] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const catalog = useLoad(() => getOnce<Catalog>(api, CATALOG_PATH), [api, generation]);
  const sources = (catalog.data?.datasets ?? []).filter((d) => d.type === 'source');

  const rebuild = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post('/updatez?sync=true', {});
      forget(api, CATALOG_PATH);
      setGeneration((g) => g + 1);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="index-status">
      <span title={sources.map((d) => `${d.title}: version ${d.index_version ?? 'not indexed'}`).join('\n')}>
        {catalog.data ? `${count(sources.length, 'list')}${catalog.data.index_stale ? ', index out of date' : ''}` : ''}
      </span>
      {me.role === 'admin' && (
        <button type="button" className="small" onClick={rebuild} disabled={busy} data-role="admin">
          {busy ? 'Rebuilding…' : 'Rebuild index'}
        </button>
      )}
      {error !== null && <ErrorNote error={error} />}
    </div>
  );
}
