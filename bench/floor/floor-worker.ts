/**
 * A floor worker thread: receives file paths, reads and parses each (sax-floor.ts), and answers
 * with the summed counts. Started by floor.ts through tsx (see WORKER_BOOT there).
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { addCounts, floorOfBytes, ZERO_COUNT, type FloorCount } from './sax-floor';

parentPort!.on('message', (paths: string[]) => {
  let total: FloorCount = ZERO_COUNT;
  for (const path of paths) total = addCounts(total, floorOfBytes(readFileSync(path)));
  parentPort!.postMessage(total);
});
