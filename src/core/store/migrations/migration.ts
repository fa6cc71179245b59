import type { Database } from 'better-sqlite3';

/** One schema step: `up` moves a database at `version - 1` to `version`, inside the runner's transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
