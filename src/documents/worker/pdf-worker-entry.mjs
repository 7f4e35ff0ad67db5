// Entry of the PDF worker threads (piscina, see ../pdf-workers.ts). The code base is TypeScript run through
// tsx; a worker thread starts without its parent's module loaders, so it registers tsx before importing the
// tasks. Plain JavaScript for that reason: it is the one file Node reads before tsx is there.
import { register } from 'tsx/esm/api';

register();
const { renderPdfTask } = await import('./pdf-worker-tasks.ts');

export default renderPdfTask;
