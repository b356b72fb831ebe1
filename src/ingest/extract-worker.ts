// An extraction worker thread of `dyad ingest --jobs N`: it loads the pipeline once, then extracts
// the articles the ingest thread sends, one message each, and answers each with its record. The
// articles waiting when it is free are extracted together, as one batch (extractArticles).
import { parentPort } from 'node:worker_threads';
import { createPipeline } from '../pipeline.ts';
import { extractArticles, nextBatchSize } from './extract-article.ts';
import type { ExtractReply, ExtractTask } from './extract-pool.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread only');
const pipeline = createPipeline();
const waiting: ExtractTask[] = [];

const extractWaiting = (): void => {
  const tasks = waiting.splice(0, nextBatchSize(waiting));
  if (waiting.length) setImmediate(extractWaiting);
  extractArticles(pipeline, tasks).forEach((extraction, i) => {
    const reply: ExtractReply = { seq: tasks[i].seq, ...extraction };
    const sig = reply.ok ? reply.extracted.signature : null;
    port.postMessage(reply, sig ? [sig.buffer as ArrayBuffer] : []);
  });
};

port.on('message', (task: ExtractTask) => {
  // Extract once the messages that have arrived are all read, so that they make one batch.
  if (waiting.push(task) === 1) setImmediate(extractWaiting);
});
port.postMessage({ ready: true });
