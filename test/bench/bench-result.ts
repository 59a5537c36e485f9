/** One measured quantity, e.g. appends per second of the raw SQLite loop. */
export interface BenchMeasurement {
  readonly label: string;
  readonly value: number;
}

/**
 * A benchmark compares a subject with a baseline measured in the same run, on the same machine,
 * so the ratio means something where absolute numbers (which depend on the disk) do not.
 */
export interface BenchResult {
  readonly name: string;
  /** Unit of both values, e.g. 'ops/s' (higher is better) or 'ms' (lower is better). */
  readonly unit: string;
  readonly baseline: BenchMeasurement;
  readonly subject: BenchMeasurement;
  /** subject.value / baseline.value. */
  readonly ratio: number;
  /** What the ratio should be, in words, e.g. 'ratio >= 0.8'. */
  readonly target?: string;
  /** Whether the ratio met the target, when there is one. */
  readonly meetsTarget?: boolean;
  readonly extra?: Readonly<Record<string, number | string>>;
}
