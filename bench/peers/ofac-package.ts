/**
 * Why the npm package `ofac` is not among the measured systems: read from its source
 * (v1.0.21, unpacked with `npm pack`) and tried by hand on the shared data, outside the repo.
 */
export const OFAC_PACKAGE_NOTE = [
  '## The npm package `ofac` (1.0.21): not measured',
  '',
  'It can be pointed at a local file: `search(customer, file)` reads the file given, and `init` skips the download ' +
    'when the file is already in its folder, so it runs without a network. It is not measured because it cannot be ' +
    'given the same index or the same queries, and finds exact names only:',
  '',
  '- it reads only OFAC\'s classic `sdnList` XML; ../shared/data holds the SDN list as CSV, and the one classic XML ' +
    'file there (the non-SDN consolidated list) has 443 entries, not the 41k entities of every list;',
  '- it compares names by equality: the lower-cased first name and last name of the query must equal those of an ' +
    'entry or of one of its a.k.a.s (punctuation aside), so a query must arrive split into first and last name, and ' +
    'any change of spelling, order or script is a miss. Tried on consolidated.xml: `Mohammed` / `Abu Teir` finds ' +
    'uid 9640; `Mohamed` / `Abu Teir` and the two names swapped find nothing;',
  '- it parses the whole XML file again on every search (about 150 ms per query for those 443 entries, one core), ' +
    'and gives no score to rank or threshold;',
  '- it depends on xml2js 0.4, which has a prototype-pollution advisory (GHSA-776f-qx25-q3cc, fixed in 0.5.0), and adding it is ' +
    'not worth that for a matcher that only finds exact names.',
].join('\n');
