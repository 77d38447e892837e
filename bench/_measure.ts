/** Small helpers for benchmarks: wall time and peak resident memory of this process. */
import { performance } from 'node:perf_hooks';

export function peakRssMb(): number {
  // maxRSS is in kilobytes on Linux.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - start) / 1000 };
}

export function row(label: string, value: string | number): void {
  process.stdout.write(`${label.padEnd(36)} ${value}\n`);
}
