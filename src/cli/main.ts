#!/usr/bin/env node
/** The `ghirbal` command: one module per subcommand, registered here. */
import { Command, CommanderError } from 'commander';
import { register as ingest } from './ingest.js';
import { register as datasets } from './datasets.js';
import { register as diff } from './diff.js';
import { register as entity } from './entity.js';
import { register as exportCmd } from './export.js';
import { register as update } from './update.js';
import { register as quickstart } from './quickstart.js';
import { register as issues } from './issues.js';
import { register as matchCmd } from './match.js';
import { register as keys } from './keys.js';
import { register as audit } from './audit.js';
import { register as serve } from './serve.js';
import { register as article } from './article.js';
import { register as screen } from './screen.js';
import { register as subjects } from './subjects.js';
import { register as alerts } from './alerts.js';
import { register as decide } from './decide.js';
import { register as webhooks } from './webhooks.js';

const program = new Command()
  .name('ghirbal')
  .description('Sanctions screening: official lists, cross-script name matching, audit trail')
  .option('--db <file-or-url>', 'SQLite file or postgres:// URL (default: $GHIRBAL_DB or ./ghirbal.db)')
  .option('--json', 'machine-readable output on standard output')
  .showHelpAfterError()
  .exitOverride();

for (const add of [ingest, datasets, diff, entity, issues, exportCmd, update, quickstart, matchCmd, keys, audit, serve, article, screen, subjects, alerts, decide, webhooks]) add(program);

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else {
    process.stderr.write(`ghirbal: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
