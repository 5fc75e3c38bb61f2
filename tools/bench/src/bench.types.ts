import { type TestDatabase } from '@casemgmt/testing';

/** Figures measured at the start of the same run, so every result reads as a ratio on this machine, today. */
export interface Baselines {
  /** Raw PostgreSQL: single-row INSERT transactions per second, 8 connections. */
  readonly pgSingleInsertTps: number;
  /** Raw PostgreSQL: rows per second inserted as 100-row multi-row INSERT statements, 8 connections. */
  readonly pgMultiRowInsertRowsPerSec: number;
  /** A bare NestJS GET route on the platform's HTTP adapter, requests per second. */
  readonly bareRouteReqPerSec: number;
}

export interface BenchContext {
  readonly baselines: Baselines;
  /** A fresh database on the benchmark's PostgreSQL server; drop it when done. */
  createDatabase(prefix: string): Promise<TestDatabase>;
  log(line: string): void;
}

export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** What the figure is compared with: a baseline of this run or another measured figure. */
  readonly against?: { readonly name: string; readonly value: number; readonly unit: string };
  /** The target as text, e.g. '>= 70%' or '<= 50 ms', and whether it was met. */
  readonly target?: { readonly text: string; readonly met: boolean };
  readonly note?: string;
}

export interface BenchSuite {
  readonly name: string;
  run(context: BenchContext): Promise<BenchFigure[]>;
}
