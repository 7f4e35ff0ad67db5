// The load-generator process forked by startLoadRunner: one LoadJob per IPC message, one reply each.
import { type LoadJob, runLoad } from './load.ts';

process.on('message', (job: LoadJob) => {
  runLoad(job).then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
