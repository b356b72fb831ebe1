// An extraction worker thread of `dyad ingest --jobs N`: it loads the pipeline once, then extracts
// the articles the ingest thread sends, one message each, and answers each with its record.
import { parentPort } from 'node:worker_threads';
import { createPipeline } from '../pipeline.ts';
import { extractArticle } from './extract-article.ts';
import type { ExtractReply, ExtractTask } from './extract-pool.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread only');
const pipeline = createPipeline();

port.on('message', (task: ExtractTask) => {
  let reply: ExtractReply;
  try {
    reply = { seq: task.seq, ok: true, extracted: extractArticle(pipeline, task.article, task.id, task.published) };
  } catch (err) {
    reply = { seq: task.seq, ok: false, error: (err as Error).message ?? String(err) };
  }
  const sig = reply.ok ? reply.extracted.signature : null;
  port.postMessage(reply, sig ? [sig.buffer as ArrayBuffer] : []);
});
port.postMessage({ ready: true });
