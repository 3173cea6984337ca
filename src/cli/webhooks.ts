/**
 * `ghirbal webhooks add URL --secret S | list | remove ID | deliveries [--dead] | retry ID |
 * deliver [--wait]`: where new alerts are sent (JSON signed with HMAC-SHA256), and what
 * happened to each delivery; the dead letters are the deliveries that failed every try.
 */
import type { Command } from 'commander';
import { WebhookDispatcher } from '../screening/webhooks.js';
import { withStore, type GlobalOptions } from './context.js';
import { printJson, printTable, shortTime } from './output.js';

function fail(command: string, message: string): void {
  process.stderr.write(`ghirbal webhooks ${command}: ${message}\n`);
  process.exitCode = 2;
}

function isHttpUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function register(program: Command): void {
  const webhooks = program.command('webhooks').description('Send each new, reopened or changed alert to a URL, signed (HMAC-SHA256)');

  webhooks
    .command('add')
    .description('Send alerts to this URL, signed with this secret')
    .argument('<url>', 'http:// or https://')
    .requiredOption('--secret <secret>', 'shared secret the receiver checks X-Ghirbal-Signature with (16 characters or more)')
    .action(async (url: string, o: { secret: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      if (!isHttpUrl(url)) return fail('add', `"${url}" is not an http:// or https:// URL`);
      if (o.secret.length < 16) return fail('add', 'the secret must be 16 characters or more');
      await withStore(g, async (store) => {
        const hook = await store.screening.addWebhook(url, o.secret);
        if (g.json) printJson({ id: hook.id, url: hook.url, created_at: hook.createdAt });
        else process.stdout.write(`Webhook ${hook.id}: new alerts go to ${hook.url}\n`);
      });
    });

  webhooks
    .command('list')
    .description('The webhooks alerts go to (secrets are not shown)')
    .action(async (_o: unknown, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const list = (await store.screening.webhooks()).map((w) => ({ id: w.id, url: w.url, created_at: w.createdAt }));
        if (g.json) return printJson({ webhooks: list });
        printTable(['id', 'url', 'added'], list.map((w) => [w.id, w.url, shortTime(w.created_at)]), 80);
      });
    });

  webhooks
    .command('remove')
    .argument('<id>')
    .description('Stop sending to a webhook (its pending deliveries go to the dead letters)')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        if (await store.screening.removeWebhook(id)) process.stdout.write(`Webhook ${id} removed\n`);
        else fail('remove', `no webhook ${id}`);
      });
    });

  webhooks
    .command('deliveries')
    .description('Deliveries, oldest first: pending, delivered, and (--dead) the dead letters')
    .option('--dead', 'only those that failed every try')
    .option('--limit <n>', 'at most this many', '200')
    .action(async (o: { dead?: boolean; limit: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const list = await store.screening.deliveries({ status: o.dead ? 'dead' : undefined, limit: Number(o.limit) });
        const shown = list.map(({ secret: _secret, body: _body, ...d }) => d);
        if (g.json) return printJson({ deliveries: shown });
        printTable(['id', 'status', 'event', 'alert', 'tries', 'next try', 'last error', 'url'], shown.map((d) => [
          d.id, d.status, d.event, d.alertId, d.attempts, shortTime(d.nextAttemptAt), d.lastError, d.url,
        ]));
      });
    });

  webhooks
    .command('retry')
    .argument('<delivery>', 'a dead delivery id')
    .description('Send a dead delivery again, now')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        if (!(await store.screening.retryDelivery(Number(id)))) return fail('retry', `no dead delivery ${id}`);
        const counts = await new WebhookDispatcher(store).deliverDue();
        process.stdout.write(`Delivery ${id}: ${counts.delivered ? 'delivered' : 'failed again; it will be retried'}\n`);
      });
    });

  webhooks
    .command('deliver')
    .description('Send the deliveries due now (--wait: and keep retrying, per the backoff, until none is pending)')
    .option('--wait', 'wait for retries until every delivery is delivered or dead')
    .action(async (o: { wait?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const dispatcher = new WebhookDispatcher(store);
        const counts = o.wait ? await dispatcher.drain() : await dispatcher.deliverDue();
        if (g.json) printJson(counts);
        else process.stdout.write(`${counts.delivered} delivered, ${counts.retrying} to be retried, ${counts.dead} dead\n`);
      });
    });
}
