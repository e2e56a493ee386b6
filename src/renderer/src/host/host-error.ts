/** A host operation's failure, with the host's error code and message. */
import type { ErrorCode } from '../../../shared/result';

export class HostError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
