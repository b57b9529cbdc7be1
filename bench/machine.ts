import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  memoryGiB: number;
  /** 1-minute load average when the run started and ended: above the core count, other work competed for the CPU. */
  loadAverage: { start: number; end?: number };
}

export function describeMachine(): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    node: process.version,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: { start: loadavg()[0]! },
  };
}

export const currentLoad = (): number => loadavg()[0]!;
