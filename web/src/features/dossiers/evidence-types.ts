import type { EvidenceType } from '../../api/types';
import type { TranslateFn } from '../../i18n/i18n-context';

/** The evidence checklist of Form 02, in the order the form lists it. */
export const EVIDENCE_TYPES: readonly EvidenceType[] = [
  'business_registration',
  'food_safety_certificate',
  'production_condition_certificate',
  'raw_material_contract',
  'environment_dossier',
  'local_labour_list',
  'coop_rating_or_financials',
  'ip_trademark',
  'ip_geographical_indication',
  'distribution_contract',
  'promotion_proof',
  'product_story_media',
  'quality_declaration',
  'lab_test_report',
  'barcode_traceability',
  'qms_certificate',
  'award',
  'other',
];

export function evidenceTypeLabel(t: TranslateFn, type: string, fallback: string): string {
  return (EVIDENCE_TYPES as readonly string[]).includes(type)
    ? t(`evidenceType.${type as EvidenceType}`)
    : fallback;
}
