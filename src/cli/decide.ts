/**
 * `ghirbal decide ALERT --false-positive|--true-match --reason "..."`: close an alert with an
 * analyst's decision, recorded in the audit log with who took it. A false positive stays
 * closed on later re-screens until the subject's or the listed entity's fields change.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { alertJson } from '../screening/alerts.js';
import { decide, DecisionError, type Resolution } from '../screening/decisions.js';
import { withStore, type GlobalOptions } from './context.js';
import { printJson } from './output.js';

interface DecideOptions {
  falsePositive?: boolean;
  trueMatch?: boolean;
  reason?: string;
  by?: string;
}

function fail(message: string): void {
  process.stderr.write(`ghirbal decide: ${message}\n`);
  process.exitCode = 2;
}

export function register(program: Command): void {
  program
    .command('decide')
    .description('Close an alert as a false positive or a true match, with a reason (kept in the audit log)')
    .argument('<alert>', 'the alert id (ghirbal alerts --open)')
    .option('--false-positive', 'the subject is not the listed entity')
    .option('--true-match', 'the subject is the listed entity')
    .option('--reason <text>', 'why: what was checked')
    .option('--by <name>', 'who decides (default: the user running the command)')
    .action(async (id: string, o: DecideOptions, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      if (o.falsePositive === o.trueMatch) return fail('give one of --false-positive or --true-match');
      if (!o.reason) return fail('give a --reason');
      if (!/^\d+$/.test(id)) return fail(`"${id}" is not an alert id (a number)`);
      const resolution: Resolution = o.falsePositive ? 'false_positive' : 'true_match';
      await withStore(g, async (store) => {
        try {
          const alert = await decide(store, Number(id), { resolution, reason: o.reason!, by: o.by ?? userInfo().username, keyId: null });
          if (!alert) {
            process.stderr.write(`ghirbal decide: no alert ${id}\n`);
            process.exitCode = 1;
            return;
          }
          if (g.json) printJson(alertJson(alert));
          else process.stdout.write(`Alert ${alert.id} closed as ${resolution.replace('_', ' ')} (${alert.subjectId} × ${alert.hit.caption}).\n`);
        } catch (err) {
          if (!(err instanceof DecisionError)) throw err;
          fail(err.message);
        }
      });
    });
}
