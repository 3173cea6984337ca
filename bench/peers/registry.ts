/** The systems measured, in the order the tables show them. */
import { fusePeer } from './fuse.js';
import { ghirbalOfac, ghirbalV1 } from './ghirbal.js';
import { jaroWinklerScanPeer } from './jaro-winkler-scan.js';
import { miniSearchPeer } from './minisearch.js';
import { pgDmetaphonePeer } from './pg-dmetaphone.js';
import { pgTrgmPeer } from './pg-trgm.js';
import type { Peer } from './types.js';

export const PEERS: readonly Peer[] = [ghirbalV1, ghirbalOfac, miniSearchPeer, fusePeer, pgTrgmPeer, pgDmetaphonePeer, jaroWinklerScanPeer];

export function findPeer(id: string): Peer {
  const peer = PEERS.find((p) => p.id === id);
  if (!peer) throw new Error(`unknown system "${id}" (known: ${PEERS.map((p) => p.id).join(', ')})`);
  return peer;
}
