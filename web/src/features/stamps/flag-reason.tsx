import type { StampFlag } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { formatCount } from '../../lib/format';
import { useProvinceNames } from '../../lib/use-province-names';
import { flagCounts } from './flag-details';

/** Why a code was flagged, with what the detector counted over its 24-hour window. */
export function FlagReason({ flag }: { flag: StampFlag }) {
  const { t, language } = useI18n();
  const provinceName = useProvinceNames();
  const counts = flagCounts(flag.details);
  const n = (value: number | null) => (value === null ? '?' : formatCount(value, language));
  return (
    <>
      <strong>{t(`stampFlags.reason.${flag.reason}`)}</strong>
      <div className="small">
        {flag.reason === 'many_scans'
          ? t('stampFlags.manyScansDetail', {
              clients: n(counts.clients),
              scans: n(counts.scans),
              limit: n(counts.limit),
            })
          : t('stampFlags.manyProvincesDetail', {
              count: counts.provinces.length,
              provinces: counts.provinces.map(provinceName).join(', '),
              scans: n(counts.scans),
            })}
      </div>
    </>
  );
}

export function FlagStateBadge({ state }: { state: StampFlag['state'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge flag-${state}`} data-testid="flag-state">
      {t(`stampFlags.state.${state}`)}
    </span>
  );
}
