/** Typed ok/error results: how every contract call answers, in both hosts. */

export type ErrorCode =
  | 'unknown-operation'
  | 'invalid-arguments'
  | 'unsupported'
  | 'not-permitted'
  | 'not-found'
  | 'io-error'
  | 'internal';

export interface AppErrorInfo {
  code: ErrorCode;
  /** A sentence a user can act on, naming the file or thing at fault. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

/** Thrown by services for failures the user should read as they are. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
