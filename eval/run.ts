/**
 * `npm run eval`: matching quality on labelled sets, written to eval/RESULTS.md.
 * Matching arrives with issue #3; until then there is nothing to evaluate, and this says so
 * rather than writing figures that mean nothing.
 */
process.stdout.write('No matcher yet (issue #3): nothing to evaluate.\n');
