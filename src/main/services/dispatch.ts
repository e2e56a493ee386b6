/**
 * Validates a contract call and runs its handler. Both hosts (Electron's IPC and the Chromium
 * host's page binding) go through here, so validation and error shapes are identical.
 */
import { z } from 'zod';
import { argumentSchemas, isOperationName, type OperationHandlers } from '../../shared/contract';
import { AppError, err, ok, type Result } from '../../shared/result';

export type Dispatcher = (operation: unknown, args: unknown) => Promise<Result<unknown>>;

export function createDispatcher(
  handlers: OperationHandlers,
  logError: (error: unknown) => void = (error) => console.error(error),
): Dispatcher {
  return async (operation, args) => {
    if (!isOperationName(operation)) {
      return err('unknown-operation', `Unknown operation ${JSON.stringify(operation)}.`);
    }
    const parsed = argumentSchemas[operation].safeParse(args ?? {});
    if (!parsed.success) {
      return err('invalid-arguments', `${operation}: ${z.prettifyError(parsed.error)}`);
    }
    try {
      const handler = handlers[operation] as (input: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AppError) return err(error.code, error.message);
      logError(error);
      return err('internal', `${operation} failed: ${(error as Error)?.message ?? String(error)}`);
    }
  };
}
