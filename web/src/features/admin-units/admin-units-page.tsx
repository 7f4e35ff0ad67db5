import { fetchProvinces } from '../../api/admin-units';
import type { Province } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { navigate } from '../shell/use-hash-route';
import { AddressResolver } from './address-resolver';
import { CommunesPanel } from './communes-panel';
import { ProvincesPanel } from './provinces-panel';

const loadProvinces = (_key: string, signal: AbortSignal): Promise<Province[]> => fetchProvinces(signal);

const selectProvince = (code: string) => navigate('admin-units', code);

interface AdminUnitsPageProps {
  /** Province code from the route (#/admin-units/{code}), or null. */
  selectedCode: string | null;
}

export function AdminUnitsPage({ selectedCode }: AdminUnitsPageProps) {
  const { t } = useI18n();
  const provinces = useFetch('provinces', loadProvinces);
  const selected =
    provinces.status === 'success'
      ? provinces.data.find((province) => province.code === selectedCode)
      : undefined;

  return (
    <>
      <h1>{t('units.heading')}</h1>
      <p className="lead">{t('units.intro')}</p>
      <div className="units-layout">
        <ProvincesPanel state={provinces} selectedCode={selectedCode} onSelect={selectProvince} />
        {selectedCode === null ? (
          <section className="panel panel-empty">
            <p>{t('units.selectPrompt')}</p>
          </section>
        ) : (
          <CommunesPanel
            key={selectedCode}
            provinceCode={selectedCode}
            provinceName={selected?.name ?? selectedCode}
          />
        )}
      </div>
      <AddressResolver />
    </>
  );
}
