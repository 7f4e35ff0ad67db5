import { useState } from 'react';
import {
  type CourseParticipants,
  fetchCourseParticipants,
  setCourseParticipants,
  type TrainingCourse,
} from '../../api/training';
import { ErrorAlert } from '../../components/error-alert';
import { FieldMessages } from '../../components/field-messages';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { AddProducerPerson } from './add-producer-person';
import { AddOfficial, OfficialRows } from './official-rows';
import { ParticipantsList } from './participants-list';
import {
  draftToBody,
  type ParticipantsDraft,
  participantErrorsOf,
  participantsToDraft,
  personOf,
} from './participants-state';
import { PersonRows } from './person-rows';

const loadParticipants = (id: string, signal: AbortSignal) => fetchCourseParticipants(id, signal);

interface ParticipantsEditorProps {
  course: TrainingCourse;
  canEdit: boolean;
  /** After a save: the course's counts follow. */
  onSaved: (saved: CourseParticipants) => void;
}

/** Who attended: officials (accounts of the province) and people of producers; saved as a whole list. */
export function ParticipantsEditor({ course, canEdit, onSaved }: ParticipantsEditorProps) {
  const { t } = useI18n();
  const state = useFetch(course.id, loadParticipants);
  return (
    <section className="panel section-gap" aria-labelledby="training-participants" data-testid="participants">
      <h2 id="training-participants">{t('training.participantsHeading')}</h2>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' &&
        (canEdit ? (
          <ParticipantsForm course={course} initial={state.data} onSaved={onSaved} />
        ) : (
          <ParticipantsList participants={state.data} />
        ))}
    </section>
  );
}

interface ParticipantsFormProps {
  course: TrainingCourse;
  initial: CourseParticipants;
  onSaved: (saved: CourseParticipants) => void;
}

function ParticipantsForm({ course, initial, onSaved }: ParticipantsFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ParticipantsDraft>(() => participantsToDraft(initial));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const errors = participantErrorsOf(error);
  const provinceCode = course.province?.code ?? null;
  const set = (patch: Partial<ParticipantsDraft>) => {
    setNotice(null);
    setDraft((previous) => ({ ...previous, ...patch }));
  };

  async function save() {
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      const saved = await setCourseParticipants(course.id, draftToBody(draft));
      setDraft(participantsToDraft(saved));
      setNotice(
        t('training.participantsSaved', {
          officials: saved.officials.length,
          people: saved.producers.length,
        }),
      );
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      data-testid="participants-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="muted">{t('training.participantsIntro')}</p>
      <h3>{t('training.officialsHeading')}</h3>
      <OfficialRows
        rows={draft.officials}
        errors={errors.officials}
        onChange={(officials) => set({ officials })}
      />
      <AddOfficial
        provinceCode={provinceCode}
        taken={new Set(draft.officials.map((o) => o.userId))}
        onAdd={(official) => set({ officials: [...draft.officials, official] })}
      />
      <h3>{t('training.peopleHeading')}</h3>
      <PersonRows
        rows={draft.producers}
        errors={errors.producers}
        onChange={(producers) => set({ producers })}
      />
      <AddProducerPerson
        provinceCode={provinceCode}
        onAdd={(producer) => set({ producers: [...draft.producers, personOf(producer)] })}
      />
      {error !== null && <ErrorAlert error={error} />}
      <FieldMessages messages={errors.other} />
      {notice && (
        <p role="status" className="alert alert-success" data-testid="participants-notice">
          {notice}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending} aria-busy={pending}>
          {t('training.saveParticipants')}
        </button>
      </div>
    </form>
  );
}
