import { useCallback, useState } from 'react';
import { dossierEvidenceFileUrl, fetchDossierEvidence, setDossierEvidence } from '../../api/dossiers';
import { fetchWallet } from '../../api/evidence';
import type { Dossier, DossierEvidence, Evidence } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { useFetch } from '../../lib/use-fetch';
import { evidenceTypeLabel } from './evidence-types';
import { EvidenceUploadForm } from './evidence-upload-form';

const loadEvidence = (id: string, signal: AbortSignal) => fetchDossierEvidence(id, signal);

interface EvidenceSectionProps {
  dossier: Dossier;
  /** The producer while it may still change the dossier: wallet, upload, attach and detach. */
  editable: boolean;
}

type Link = { evidenceId: string; criterionCode: string | null; note: string | null };

/** The documents the dossier relies on (from the producer's wallet), with expiry warnings. */
export function EvidenceSection({ dossier, editable }: EvidenceSectionProps) {
  const { t } = useI18n();
  const [state, replace] = useEditableFetch(dossier.id, loadEvidence);
  const [error, setError] = useState<unknown>(null);
  const [walletVersion, setWalletVersion] = useState(0);
  const [pending, setPending] = useState(false);

  async function save(links: Link[]) {
    setPending(true);
    setError(null);
    try {
      replace(await setDossierEvidence(dossier.id, { items: links }));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  const current: Link[] =
    state.status === 'success'
      ? state.data.items.map((item) => ({
          evidenceId: item.evidence.id,
          criterionCode: item.criterionCode,
          note: item.note,
        }))
      : [];
  const attach = (evidence: Evidence, criterionCode: string) =>
    save([
      ...current.filter((link) => link.evidenceId !== evidence.id),
      { evidenceId: evidence.id, criterionCode: criterionCode || null, note: null },
    ]);

  return (
    <section className="panel section-gap" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t('evidence.heading')}</h2>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <AttachedEvidence
          dossierId={dossier.id}
          evidence={state.data}
          onDetach={
            editable && !pending ? (id) => void save(current.filter((link) => link.evidenceId !== id)) : null
          }
        />
      )}
      {error !== null && <ErrorAlert error={error} />}
      {editable && state.status === 'success' && (
        <>
          <Wallet
            key={walletVersion}
            producerId={dossier.producer.id}
            attached={new Set(current.map((link) => link.evidenceId))}
            onAttach={(evidence) => void attach(evidence, '')}
          />
          <EvidenceUploadForm
            producerId={dossier.producer.id}
            onUploaded={async (evidence, criterionCode) => {
              await attach(evidence, criterionCode);
              setWalletVersion((version) => version + 1);
            }}
          />
        </>
      )}
    </section>
  );
}

interface AttachedEvidenceProps {
  dossierId: string;
  evidence: DossierEvidence;
  onDetach: ((evidenceId: string) => void) | null;
}

function AttachedEvidence({ dossierId, evidence, onDetach }: AttachedEvidenceProps) {
  const { t, language } = useI18n();
  return (
    <>
      {evidence.warnings.length > 0 && (
        <ul className="alert alert-warning plain-list" data-testid="evidence-warnings">
          {evidence.warnings.map((warning) => (
            <li key={`${warning.evidenceId}-${warning.kind}`}>
              ⚠ {language === 'vi' ? warning.message : warning.messageEn}
            </li>
          ))}
        </ul>
      )}
      {evidence.items.length === 0 ? (
        <p className="muted">{t('evidence.none')}</p>
      ) : (
        <div className="table-wrap full">
          <table data-testid="dossier-evidence">
            <caption>{t('evidence.attached', { count: evidence.items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evidence.title')}</th>
                <th scope="col">{t('evidence.type')}</th>
                <th scope="col">{t('evidence.validTo')}</th>
                <th scope="col">{t('evidence.criterion')}</th>
                {onDetach && <th scope="col">{t('evidence.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {evidence.items.map((item) => (
                <tr key={item.evidence.id}>
                  <th scope="row">
                    <a href={dossierEvidenceFileUrl(dossierId, item.evidence.id)} download>
                      {item.evidence.title}
                    </a>
                  </th>
                  <td>{evidenceTypeLabel(t, item.evidence.type, item.evidence.typeLabel)}</td>
                  <td className={item.warning ? 'overdue' : undefined}>
                    <span className="code">{item.evidence.validTo ?? '—'}</span>
                    {item.warning && ` ⚠ ${t(`evidence.warning.${item.warning}`)}`}
                  </td>
                  <td className="code">{item.criterionCode ?? t('evidence.wholeDossier')}</td>
                  {onDetach && (
                    <td>
                      <button
                        type="button"
                        className="button-outline button-small"
                        onClick={() => onDetach(item.evidence.id)}
                      >
                        {t('evidence.detach')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

interface WalletProps {
  producerId: string;
  attached: ReadonlySet<string>;
  onAttach: (evidence: Evidence) => void;
}

/** The producer's other documents, each attachable to this dossier in one click. */
function Wallet({ producerId, attached, onAttach }: WalletProps) {
  const { t } = useI18n();
  const load = useCallback((id: string, signal: AbortSignal) => fetchWallet(id, signal), []);
  const wallet = useFetch(producerId, load);
  if (wallet.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (wallet.status === 'error') return <ErrorAlert error={wallet.error} />;
  if (wallet.status !== 'success') return null;
  const free = wallet.data.items.filter((evidence) => !attached.has(evidence.id) && !evidence.isArchived);
  return (
    <details className="section-gap" data-testid="evidence-wallet">
      <summary>{t('evidence.wallet', { count: free.length })}</summary>
      {free.length === 0 ? (
        <p className="muted">{t('evidence.walletEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {free.map((evidence) => (
            <li key={evidence.id}>
              {evidence.title}{' '}
              <span className="muted small">
                ({evidenceTypeLabel(t, evidence.type, evidence.typeLabel)}
                {evidence.validTo && ` · ${t('evidence.validToValue', { date: evidence.validTo })}`})
              </span>{' '}
              <button
                type="button"
                className="button-outline button-small"
                onClick={() => onAttach(evidence)}
              >
                {t('evidence.attach')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
