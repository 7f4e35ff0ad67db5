import { useState } from 'react';
import { fetchDossier } from '../../api/dossiers';
import type { CriteriaSheet, Dossier, DossierForms, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { criteriaSheetKey, loadCriteriaSheet, loadDossierForms } from '../../lib/reference-cache';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { useFetch } from '../../lib/use-fetch';
import { routeHref } from '../shell/use-hash-route';
import { CouncilPanel } from './council-panel';
import { DossierActions } from './dossier-actions';
import { type ContentsItem, DossierContents } from './dossier-contents';
import { DossierHeader } from './dossier-header';
import { activeLevel, PRODUCER_EDITABLE } from './dossier-labels';
import { DossierChanges, MissingList } from './dossier-notes';
import { DossierTimeline } from './dossier-timeline';
import { EvidenceSection } from './evidence-section';
import { Form03Section } from './form03-section';
import { MyCouncilWork } from './my-council-work';
import { ProducerFormsSection } from './producer-forms-section';
import { SelfAssessmentSection } from './self-assessment-section';

const loadDossier = (id: string, signal: AbortSignal) => fetchDossier(id, signal);

/** #/dossiers/{id}: one dossier as the signed-in user may see and act on it. */
export function DossierPage({ id, user }: { id: string; user: User }) {
  const { t } = useI18n();
  const [state, replace] = useEditableFetch(id, loadDossier);
  const forms = useFetch('forms', loadDossierForms);
  const sheetKey =
    state.status === 'success' ? criteriaSheetKey(state.data.criteriaSetId, state.data.productSetId) : null;
  const sheet = useFetch(sheetKey, loadCriteriaSheet);
  const [notice, setNotice] = useState<string | null>(null);
  const [recused, setRecused] = useState(false);
  const onChanged = (dossier: Dossier, message: string) => {
    replace(dossier);
    setNotice(message);
  };

  const back = (
    <p>
      <a href={routeHref('dossiers')}>{t('dossiers.backToList')}</a>
    </p>
  );
  if (recused) {
    return (
      <>
        {back}
        <p role="status" className="alert alert-success" data-testid="notice">
          {t('recusal.done')}
        </p>
      </>
    );
  }
  const failed = [state, forms, sheet].find((s) => s.status === 'error');
  return (
    <>
      {back}
      {failed?.status === 'error' && <ErrorAlert error={failed.error} />}
      {!failed &&
        (state.status !== 'success' || forms.status !== 'success' || sheet.status !== 'success') && (
          <p role="status">{t('app.loading')}</p>
        )}
      {state.status === 'success' && forms.status === 'success' && sheet.status === 'success' && (
        <DossierView
          key={state.data.id}
          dossier={state.data}
          forms={forms.data}
          sheet={sheet.data}
          user={user}
          notice={notice}
          onChanged={onChanged}
          onRecused={() => setRecused(true)}
        />
      )}
    </>
  );
}

interface DossierViewProps {
  dossier: Dossier;
  forms: DossierForms;
  sheet: CriteriaSheet;
  user: User;
  notice: string | null;
  onChanged: (dossier: Dossier, message: string) => void;
  onRecused: () => void;
}

function DossierView({ dossier, forms, sheet, user, notice, onChanged, onRecused }: DossierViewProps) {
  const { t } = useI18n();
  const isProducer = dossier.capacities.includes('producer');
  const producerEdits = isProducer && PRODUCER_EDITABLE.includes(dossier.state);
  const communeEdits = dossier.capacities.includes('commune') && dossier.state === 'commune_review';
  const level = activeLevel(dossier.state);
  const activeWork = level ? dossier.council[level] : null;
  const councils = [dossier.council.province, dossier.council.central].filter((work) => work !== null);
  const contents: ContentsItem[] = [
    ...(producerEdits
      ? [
          { id: 'forms-heading', label: t('forms.heading') },
          { id: 'self-heading', label: t('selfAssessment.heading') },
          { id: 'evidence-heading', label: t('evidence.heading') },
        ]
      : []),
    ...(communeEdits ? [{ id: 'form03-heading', label: t('forms.form03') }] : []),
    { id: 'actions-heading', label: t('actions.heading') },
    ...councils.map((work) => ({
      id: `council-${work.level}-heading`,
      label: t(`council.heading.${work.level}`, { name: work.council.name }),
    })),
    { id: 'timeline-heading', label: t('timeline.heading') },
  ];
  const showReason =
    dossier.lastReason !== null &&
    ['returned_by_commune', 'supplement_requested', 'returned_to_province', 'rejected'].includes(
      dossier.state,
    );

  return (
    <>
      <DossierHeader dossier={dossier} />
      <DossierContents items={contents} />
      {notice && (
        <p role="status" className="alert alert-success" data-testid="notice">
          {notice}
        </p>
      )}
      {showReason && (
        <p className="alert alert-warning" data-testid="last-reason">
          <strong>{t('dossier.lastReason')}</strong> {dossier.lastReason}
        </p>
      )}
      {producerEdits && (
        <>
          <ProducerFormsSection dossier={dossier} forms={forms} editable onChanged={onChanged} />
          <SelfAssessmentSection dossier={dossier} sheet={sheet} editable onChanged={onChanged} />
          <EvidenceSection dossier={dossier} editable />
          <MissingList items={dossier.missingItems} />
        </>
      )}
      {communeEdits && (
        <Form03Section dossier={dossier} fields={forms['03'] ?? []} editable onChanged={onChanged} />
      )}
      {activeWork && (
        <MyCouncilWork
          dossier={dossier}
          work={activeWork}
          sheet={sheet}
          userId={user.id}
          onChanged={onChanged}
          onRecused={onRecused}
        />
      )}
      <DossierActions dossier={dossier} onChanged={onChanged} />
      {councils.map((work) => (
        <CouncilPanel key={work.level} dossier={dossier} work={work} userId={user.id} />
      ))}
      {dossier.changes && <DossierChanges changes={dossier.changes} />}
      {!communeEdits && (
        <Form03Section dossier={dossier} fields={forms['03'] ?? []} editable={false} onChanged={onChanged} />
      )}
      {!producerEdits && (
        <>
          <ProducerFormsSection dossier={dossier} forms={forms} editable={false} onChanged={onChanged} />
          <SelfAssessmentSection dossier={dossier} sheet={sheet} editable={false} onChanged={onChanged} />
          <EvidenceSection dossier={dossier} editable={false} />
        </>
      )}
      <DossierTimeline timeline={dossier.timeline} />
    </>
  );
}
