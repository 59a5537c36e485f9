/** The nearest-rank percentile of the values (in any order): the one definition every bench reports. */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

export const median = (values: readonly number[]): number => percentile(values, 50);
