/**
 * `ghirbal serve` as the command runs it, for the CLI test: the global options and the serve
 * subcommand on a program of their own (main.ts registers it beside the other subcommands).
 */
import { Command } from 'commander';
import { register } from '../../src/cli/serve.js';

const program = new Command().name('ghirbal').option('--db <file-or-url>').option('--json').exitOverride();
register(program);
await program.parseAsync(process.argv);
