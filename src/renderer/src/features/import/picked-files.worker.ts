/// <reference lib="webworker" />
/** Reads picked files off the main thread; see picked-files.ts. */
import { readPrefix, type ReadReply, type ReadRequest } from './picked-files';

/** Files handed over for each read not yet made, by read id. */
const received = new Map<number, File[]>();

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const request = event.data;
  if ('files' in request) {
    const files = received.get(request.id) ?? [];
    files.push(...request.files);
    received.set(request.id, files);
    return;
  }
  const files = received.get(request.id) ?? [];
  received.delete(request.id);
  let reply: ReadReply;
  const buffers: ArrayBuffer[] = [];
  try {
    const read = await readPrefix(files, request.maxFileBytes, request.maxBytes);
    for (const buffer of read.buffers) if (buffer) buffers.push(buffer);
    reply = { id: request.id, ok: true, ...read };
  } catch (error) {
    reply = { id: request.id, ok: false, error: (error as Error).message };
  }
  self.postMessage(reply, buffers);
};
