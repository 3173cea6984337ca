/**
 * Where each authority publishes the lists Ghirbal reads, as data. `ghirbal update` fetches
 * these unless given a sources file of its own (a mirror, a proxy, or a test server).
 */
export interface RemoteFile {
  url: string;
  /** Name the download is kept under; formats detect companions by it (sdn.csv, alt.csv…). */
  file: string;
}

export interface RemoteSource {
  dataset: string;
  format: string;
  files: RemoteFile[];
}

const OFAC = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports';

export const OFFICIAL_SOURCES: RemoteSource[] = [
  {
    dataset: 'us_ofac_sdn',
    format: 'ofac-csv',
    files: ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].map((file) => ({ url: `${OFAC}/${file.toUpperCase()}`, file })),
  },
  {
    dataset: 'us_ofac_cons',
    format: 'ofac-csv',
    files: ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'].map((file) => ({ url: `${OFAC}/${file.toUpperCase()}`, file })),
  },
  {
    dataset: 'un_sc_sanctions',
    format: 'un-xml',
    files: [{ url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml', file: 'consolidated.xml' }],
  },
  {
    dataset: 'gb_hmt_sanctions',
    format: 'uk-conlist',
    files: [{ url: 'https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv', file: 'ConList.csv' }],
  },
  {
    dataset: 'us_trade_csl',
    format: 'us-csl',
    files: [{ url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv', file: 'consolidated.csv' }],
  },
  {
    dataset: 'us_bis_dpl',
    format: 'bis-dpl',
    files: [{ url: 'https://www.bis.doc.gov/dpl/dpl.txt', file: 'dpl.txt' }],
  },
];

/** Validate a sources file's content; errors name the entry and field. */
export function parseSources(json: unknown, file: string): RemoteSource[] {
  if (!Array.isArray(json)) throw new Error(`${file}: expected a JSON array of sources`);
  return json.map((s, i) => {
    const where = `${file}: source ${i + 1}`;
    if (typeof s !== 'object' || s === null) throw new Error(`${where}: not an object`);
    const { dataset, format, files } = s as Record<string, unknown>;
    if (typeof dataset !== 'string' || !dataset) throw new Error(`${where}: "dataset" must be a non-empty string`);
    if (typeof format !== 'string' || !format) throw new Error(`${where}: "format" must be a non-empty string`);
    if (!Array.isArray(files) || files.length === 0) throw new Error(`${where}: "files" must be a non-empty array`);
    return {
      dataset,
      format,
      files: files.map((f, j) => {
        const { url, file: name } = (f ?? {}) as Record<string, unknown>;
        if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error(`${where}, file ${j + 1}: "url" must be an http(s) URL`);
        if (typeof name !== 'string' || !/^[\w.-]+$/.test(name)) throw new Error(`${where}, file ${j + 1}: "file" must be a plain file name`);
        return { url, file: name };
      }),
    };
  });
}
