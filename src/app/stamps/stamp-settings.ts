import { STAMP_LIMITS, type StampLimits } from '../../domain/stamps/batch-rules.ts';
import { COPY_DETECTION, type CopyDetectionLimits } from '../../domain/stamps/copy-detection.ts';

/** The knobs of stamps and verification; production uses the defaults, tests and the bench override some. */
export type StampSettings = Readonly<{
  /** Verification requests (page, GS1 link, JSON) per client address and minute. */
  verifyPerMinute: number;
  /** Public misuse reports per client address and minute. */
  reportsPerMinute: number;
  /** How long a looked-up stamp is reused (at most 5 s, so a revocation shows within seconds). */
  cacheTtlMs: number;
  cacheMaxEntries: number;
  /** Scans are written in batches: every `scanFlushMs`, or at once when `scanFlushRows` are waiting. */
  scanFlushMs: number;
  scanFlushRows: number;
  limits: StampLimits;
  detection: CopyDetectionLimits;
}>;

export const DEFAULT_STAMP_SETTINGS: StampSettings = {
  verifyPerMinute: 120,
  reportsPerMinute: 10,
  cacheTtlMs: 5_000,
  cacheMaxEntries: 20_000,
  scanFlushMs: 1_000,
  scanFlushRows: 500,
  limits: STAMP_LIMITS,
  detection: COPY_DETECTION,
};

export const MAX_CACHE_TTL_MS = 5_000;

export function stampSettings(overrides: Partial<StampSettings> = {}): StampSettings {
  const settings = { ...DEFAULT_STAMP_SETTINGS, ...overrides };
  return { ...settings, cacheTtlMs: Math.min(Math.max(0, settings.cacheTtlMs), MAX_CACHE_TTL_MS) };
}
