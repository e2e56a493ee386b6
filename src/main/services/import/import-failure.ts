/** A file that cannot be imported, with a reason written for the analyst, not the developer. */
export class ImportFailure extends Error {
  constructor(
    readonly reason: string,
    readonly status: 'failed' | 'skipped' = 'failed',
  ) {
    super(reason);
    this.name = 'ImportFailure';
  }
}

/** Runs `work`, failing with `reason` if it takes longer than `milliseconds`. */
export async function withTimeout<T>(
  work: Promise<T>,
  milliseconds: number,
  reason: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ImportFailure(reason)), milliseconds);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
