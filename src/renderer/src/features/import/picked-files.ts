/**
 * Reads picked files' sizes and bytes. In a browser this runs in a worker: for a file chosen
 * in the page, reading its size or starting to read its bytes is a synchronous call to the
 * browser process, which answers slowly while that process is busy writing the import to
 * IndexedDB; on the main thread those calls held frames for 200 ms and more per batch.
 * Handing a File to a worker makes the same call (its size is part of the copy), so files are
 * handed over a few at a time, letting the page paint in between.
 * Without Worker (unit tests) the reading runs here.
 */

/**
 * To the worker: the files of one read, a few per message (see POST_SLICE_MS), then the read
 * itself.
 */
export type ReadRequest =
  | { id: number; files: File[] }
  | {
      id: number;
      /** A file larger than this is not read (its data is null). */
      maxFileBytes: number;
      /** Reading stops before a file that would take the bytes read past this (one at least). */
      maxBytes: number;
    };

export interface PickedFileRead {
  size: number;
  /** Null when the file is too large to import. */
  data: Uint8Array<ArrayBuffer> | null;
}

export type ReadReply =
  | { id: number; ok: true; sizes: number[]; buffers: (ArrayBuffer | null)[] }
  | { id: number; ok: false; error: string };

/**
 * Reads a prefix of `files`: sizes first, then the bytes of each file small enough to import,
 * stopping before the file that would take the total past `maxBytes`.
 */
export async function readPrefix(
  files: File[],
  maxFileBytes: number,
  maxBytes: number,
): Promise<{ sizes: number[]; buffers: (ArrayBuffer | null)[] }> {
  const sizes: number[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = file.size;
    const readable = size <= maxFileBytes;
    if (sizes.length && readable && bytes + size > maxBytes) break;
    sizes.push(size);
    if (readable) bytes += size;
  }
  const buffers = await Promise.all(
    files
      .slice(0, sizes.length)
      .map((file, at) => (sizes[at]! <= maxFileBytes ? file.arrayBuffer() : null)),
  );
  return { sizes, buffers };
}

/** Main-thread time for handing files to the worker before the page may paint. */
const POST_SLICE_MS = 8;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let worker: Worker | null = null;
const pending = new Map<number, (reply: ReadReply) => void>();
let nextId = 1;

function readerWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./picked-files.worker.ts', import.meta.url), {
    type: 'module',
  });
  started.onmessage = (event: MessageEvent<ReadReply>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data);
  };
  started.onerror = (event) => {
    const error = event.message || 'Reading the picked files failed.';
    for (const [id, resolve] of pending) resolve({ id, ok: false, error });
    pending.clear();
    worker = null;
  };
  worker = started;
  return started;
}

/** See readPrefix; in a worker where the page has one. */
export async function readPickedFiles(
  files: File[],
  maxFileBytes: number,
  maxBytes: number,
): Promise<PickedFileRead[]> {
  let read: { sizes: number[]; buffers: (ArrayBuffer | null)[] };
  if (typeof Worker === 'undefined') read = await readPrefix(files, maxFileBytes, maxBytes);
  else {
    const target = readerWorker();
    const id = nextId++;
    const replied = new Promise<ReadReply>((resolve) => pending.set(id, resolve));
    for (let at = 0; at < files.length;) {
      const sliceStart = performance.now();
      while (at < files.length && performance.now() - sliceStart < POST_SLICE_MS)
        target.postMessage({ id, files: [files[at++]!] } satisfies ReadRequest);
      if (at < files.length) await nextTask();
    }
    target.postMessage({ id, maxFileBytes, maxBytes } satisfies ReadRequest);
    const reply = await replied;
    if (!reply.ok) throw new Error(reply.error);
    read = reply;
  }
  return read.sizes.map((size, at) => {
    const buffer = read.buffers[at];
    return { size, data: buffer ? new Uint8Array(buffer) : null };
  });
}
