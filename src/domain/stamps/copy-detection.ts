// Copied-stamp rules. A genuine stamp is stuck on one package: a few people scan it (the buyer, family, a
// shop assistant), in one place. A code printed onto many fake labels is scanned by many different phones,
// often in several provinces. Both signals are counted over a sliding 24-hour window; clients are counted by
// their daily hash (never the address), provinces from the coarse position phones chose to share.

export type CopyFlagReason = 'many_scans' | 'many_provinces';

export const COPY_DETECTION = {
  windowHours: 24,
  /** More than this many distinct clients within the window flags the code. */
  maxClients: 20,
  /** This many distinct provinces within the window flags the code. */
  minProvinces: 2,
} as const;

export type CopyDetectionLimits = Readonly<{ maxClients: number; minProvinces: number }>;

/** Scans of one stamp within the window, as the scan log summarises them. */
export type CodeScanSummary = Readonly<{
  code: string;
  productId: string;
  provinceOfProduct: string;
  scans: number;
  clients: number;
  /** Distinct 2025 province codes of the located scans, sorted. */
  provinces: readonly string[];
}>;

export type CopyFlagCandidate = Readonly<{
  code: string;
  productId: string;
  /** The office that handles it: the province of the product. */
  provinceCode: string;
  reason: CopyFlagReason;
  details: Readonly<Record<string, unknown>>;
}>;

/** The flags the window's scans call for (before de-duplication against flags already raised). */
export function copyFlagsFor(
  summaries: readonly CodeScanSummary[],
  window: Readonly<{ from: string; to: string }>,
  limits: CopyDetectionLimits = COPY_DETECTION,
): CopyFlagCandidate[] {
  const flags: CopyFlagCandidate[] = [];
  for (const s of summaries) {
    const base = { code: s.code, productId: s.productId, provinceCode: s.provinceOfProduct };
    const details = { ...window, scans: s.scans, clients: s.clients, provinces: [...s.provinces] };
    if (s.clients > limits.maxClients) {
      flags.push({ ...base, reason: 'many_scans', details: { ...details, limit: limits.maxClients } });
    }
    if (s.provinces.length >= limits.minProvinces) {
      flags.push({ ...base, reason: 'many_provinces', details: { ...details, limit: limits.minProvinces } });
    }
  }
  return flags;
}
