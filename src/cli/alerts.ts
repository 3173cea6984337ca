/**
 * `ghirbal alerts [--open] [--subject ID]`: the alerts watched subjects raised, newest first;
 * `ghirbal alerts ID`: one alert whole, with what changed and every decision taken on it.
 */
import type { Command } from 'commander';
import { alertJson } from '../screening/alerts.js';
import type { Alert } from '../store/types.js';
import { withStore, type GlobalOptions } from './context.js';
import { printJson, printTable, shortTime } from './output.js';

interface AlertsOptions {
  open?: boolean;
  subject?: string;
  limit: string;
}

function state(a: Alert): string {
  return a.status === 'open' ? `open (${a.reason.replace('_', ' ')})` : `closed: ${a.resolution?.replace('_', ' ')}`;
}

function printAlert(a: Alert, decisions: { resolution: string; reason: string; by: string; at: string }[]): void {
  const out = process.stdout;
  out.write(`Alert ${a.id}: ${state(a)}\n`);
  out.write(`  subject  ${a.subjectId}: ${JSON.stringify(a.subjectProperties)}\n`);
  out.write(`  entity   ${a.entityId} (${a.hit.schema}) ${a.hit.caption} [${a.hit.datasets.join(', ')}]\n`);
  out.write(`  score    ${a.hit.score.toFixed(3)} (${a.algorithm} ${a.algorithmVersion}, match at ${a.threshold})`
    + ` against ${Object.entries(a.datasetVersions).map(([d, v]) => `${d}@${v}`).join(' ')}\n`);
  for (const [feature, e] of Object.entries(a.hit.explanations as Record<string, { detail: string }>)) out.write(`    ${feature}: ${e.detail}\n`);
  for (const c of a.changes) out.write(`  changed  ${c.side} ${c.prop}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}\n`);
  for (const d of decisions) out.write(`  decided  ${shortTime(d.at)} ${d.resolution.replace('_', ' ')} by ${d.by}: ${d.reason}\n`);
}

export function register(program: Command): void {
  program
    .command('alerts')
    .description('Alerts on watched subjects, newest first (or one alert, by id, with its history)')
    .argument('[id]', 'an alert id: show it whole')
    .option('--open', 'only alerts still open')
    .option('--subject <id>', "only this subject's alerts")
    .option('--limit <n>', 'at most this many', '200')
    .action(async (id: string | undefined, o: AlertsOptions, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        if (id !== undefined) {
          const alert = Number.isInteger(Number(id)) ? await store.screening.alert(Number(id)) : null;
          if (!alert) {
            process.stderr.write(`ghirbal alerts: no alert ${id}\n`);
            process.exitCode = 1;
            return;
          }
          const decisions = await store.screening.alertDecisions(alert.id);
          return g.json ? printJson({ ...alertJson(alert), decisions }) : printAlert(alert, decisions);
        }
        const alerts = await store.screening.alerts({ status: o.open ? 'open' : undefined, subjectId: o.subject, limit: Number(o.limit) });
        if (g.json) return printJson({ alerts: alerts.map(alertJson) });
        if (alerts.length === 0) return void process.stdout.write(o.open ? 'No open alerts.\n' : 'No alerts.\n');
        printTable(['id', 'state', 'score', 'subject', 'entity', 'listed as', 'lists', 'updated'], alerts.map((a) => [
          a.id, state(a), a.hit.score.toFixed(3), a.subjectId, a.entityId, a.hit.caption, a.hit.datasets.join(', '), shortTime(a.updatedAt),
        ]), 40);
      });
    });
}
