// The code of an extraction worker as one plain JavaScript file (see bin/bundle.js): a worker thread
// that loads the TypeScript sources through tsx spends seconds of CPU resolving and compiling a
// hundred modules; one bundled file loads in a fraction of that.
import { bundle } from '../../bin/bundle.js';

/** The bundled worker's file, built when missing; null when it cannot be built (the caller then loads the sources through tsx). */
export function workerBundle(): Promise<string | null> {
  return bundle('ingest/extract-worker.ts');
}
