/**
 * What a client may name as `{dataset}`: each loaded dataset, and the collections yente's
 * clients expect — `default` (everything loaded) and `sanctions` (the sanctions lists). A
 * collection is resolved against what is loaded, so it never names a dataset that is not.
 */

/** Titles of the official lists, as data; a dataset not named here is titled by its name. */
export const DATASET_TITLES: Readonly<Record<string, string>> = {
  us_ofac_sdn: 'US OFAC Specially Designated Nationals (SDN) List',
  us_ofac_cons: 'US OFAC Consolidated (non-SDN) List',
  un_sc_sanctions: 'UN Security Council Consolidated Sanctions List',
  eu_journal_sanctions: 'EU Sanctions (Official Journal consolidated annexes)',
  gb_hmt_sanctions: 'UK HM Treasury / OFSI Consolidated List',
  us_trade_csl: 'US Trade Consolidated Screening List',
  us_bis_dpl: 'US BIS Denied Persons List',
};

/** The official lists that are sanctions lists, whatever topics their entities carry. */
const SANCTIONS_LISTS: ReadonlySet<string> = new Set(Object.keys(DATASET_TITLES));
/** A dataset whose entities carry this topic is a sanctions dataset (an OpenSanctions export, say). */
const SANCTION_TOPIC = 'sanction';

export interface Collection {
  name: string;
  title: string;
  /** Which loaded datasets belong to it. */
  members(loaded: readonly LoadedDataset[]): string[];
}

/** What the serving index knows of one loaded dataset. */
export interface LoadedDataset {
  name: string;
  /** Entities carrying the `sanction` topic. */
  sanctioned: number;
}

export const COLLECTIONS: readonly Collection[] = [
  { name: 'default', title: 'All loaded lists', members: (loaded) => loaded.map((d) => d.name) },
  {
    name: 'sanctions',
    title: 'Sanctions lists',
    members: (loaded) => loaded.filter((d) => SANCTIONS_LISTS.has(d.name) || d.sanctioned > 0).map((d) => d.name),
  },
];

export function datasetTitle(name: string): string {
  return DATASET_TITLES[name] ?? name;
}

export function isSanctionTopic(topic: string): boolean {
  return topic === SANCTION_TOPIC;
}

/** A dataset or collection name as a scope: its title and the datasets it covers. */
export interface Scope {
  name: string;
  title: string;
  datasets: readonly string[];
  /** Whether it covers every loaded dataset (then nothing needs filtering). */
  everything: boolean;
  collection: boolean;
}

/** The scope a `{dataset}` path segment names, or null when nothing of that name is loaded. */
export function resolveScope(name: string, loaded: readonly LoadedDataset[]): Scope | null {
  const collection = COLLECTIONS.find((c) => c.name === name);
  if (collection) {
    const datasets = collection.members(loaded);
    return { name, title: collection.title, datasets, everything: datasets.length === loaded.length, collection: true };
  }
  if (!loaded.some((d) => d.name === name)) return null;
  return { name, title: datasetTitle(name), datasets: [name], everything: loaded.length === 1, collection: false };
}
