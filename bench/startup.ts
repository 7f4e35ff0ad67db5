// Start-up scenarios: each one is a fresh `node --import tsx bench/startup-child.ts` process.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { StartupSample } from './startup-child.ts';

export type StartupTarget = { dataDir: string; databaseUrl?: string };
export type StartupResult = StartupSample & {
  scenario: string;
  /** Spawn to exit, as seen by the parent (includes Node + tsx start and closing the database). */
  processWallMs: number;
};

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./startup-child.ts', import.meta.url));

export function measureStartup(scenario: string, target: StartupTarget): Promise<StartupResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(target)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`start-up "${scenario}" failed (exit ${code}):\n${stderr || stdout}`));
        return;
      }
      const sample = JSON.parse(line) as StartupSample;
      resolve({ scenario, ...sample, processWallMs: performance.now() - started });
    });
  });
}
