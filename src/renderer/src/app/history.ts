/**
 * Undo and redo for the analyst's edits. Each change knows how to undo and redo itself;
 * a new change clears what could be redone, as in every editor.
 */
import { useSyncExternalStore } from 'react';

export interface Change {
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

const LIMIT = 200;

class History {
  private past: Change[] = [];
  private future: Change[] = [];
  private listeners = new Set<() => void>();
  private version = 0;

  record(change: Change): void {
    this.past = [...this.past.slice(-(LIMIT - 1)), change];
    this.future = [];
    this.emit();
  }

  async undo(): Promise<string | null> {
    const change = this.past.at(-1);
    if (!change) return null;
    await change.undo();
    this.past = this.past.slice(0, -1);
    this.future = [...this.future, change];
    this.emit();
    return change.label;
  }

  async redo(): Promise<string | null> {
    const change = this.future.at(-1);
    if (!change) return null;
    await change.redo();
    this.future = this.future.slice(0, -1);
    this.past = [...this.past, change];
    this.emit();
    return change.label;
  }

  state(): { canUndo: string | null; canRedo: string | null; version: number } {
    return this.snapshot;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private snapshot = { canUndo: null as string | null, canRedo: null as string | null, version: 0 };

  private emit(): void {
    this.version++;
    this.snapshot = {
      canUndo: this.past.at(-1)?.label ?? null,
      canRedo: this.future.at(-1)?.label ?? null,
      version: this.version,
    };
    for (const listener of this.listeners) listener();
  }
}

export const history = new History();

export function useHistoryState() {
  return useSyncExternalStore(history.subscribe, () => history.state());
}
