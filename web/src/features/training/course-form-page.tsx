import { useState } from 'react';
import {
  createTrainingCourse,
  deleteTrainingCourse,
  fetchTrainingCourse,
  type TrainingCourse,
  type TrainingTopic,
  updateTrainingCourse,
} from '../../api/training';
import type { User } from '../../api/types';
import { ConfirmDelete } from '../../components/confirm-delete';
import { ErrorAlert } from '../../components/error-alert';
import { FieldMessages } from '../../components/field-messages';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf, unplacedErrors } from '../../lib/field-errors';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { useLeavingAction } from '../../lib/use-leaving-action';
import { navigate, navigateWithQuery, routeHref } from '../shell/use-hash-route';
import { COURSE_FORM_FIELDS, CourseForm } from './course-form';
import { courseToForm, emptyCourseForm, formToCourseBody } from './course-form-state';
import { canManageCourse } from './course-labels';
import { loadTopics } from './training-topics';

const loadCourse = (id: string, signal: AbortSignal) => fetchTrainingCourse(id, signal);

/** #/training/new and #/training/{id}/edit. */
export function CourseFormPage({ user, id }: { user: User; id: string | null }) {
  const { t } = useI18n();
  const topics = useFetch('topics', loadTopics);
  const course = useFetch(id, loadCourse);
  const back = id ? routeHref('training', id) : routeHref('training');
  const failed = [topics, course].find((s) => s.status === 'error');
  const ready = topics.status === 'success' && (id === null || course.status === 'success');
  const loaded = course.status === 'success' ? course.data : null;
  const allowed = loaded ? canManageCourse(user, loaded) : can(user.role, 'programme:manage');
  return (
    <>
      <p>
        <a href={back}>{t(id ? 'training.backToCourse' : 'training.backToList')}</a>
      </p>
      <h1>{t(id ? 'training.editHeading' : 'training.createHeading')}</h1>
      {failed?.status === 'error' && <ErrorAlert error={failed.error} />}
      {!failed && !ready && <p role="status">{t('app.loading')}</p>}
      {ready && !allowed && <p className="alert alert-warning">{t('training.cannotManage')}</p>}
      {ready && allowed && <CourseEditor user={user} course={loaded} topics={topics.data} />}
    </>
  );
}

interface CourseEditorProps {
  user: User;
  course: TrainingCourse | null;
  topics: readonly TrainingTopic[];
}

function CourseEditor({ user, course, topics }: CourseEditorProps) {
  const { t } = useI18n();
  const [values, setValues] = useState(() =>
    course ? courseToForm(course) : emptyCourseForm(user.provinceCode),
  );
  const { error, pending, run } = useLeavingAction();
  const [asking, setAsking] = useState(false);
  const errors = fieldErrorsOf(error);
  const unplaced = unplacedErrors(errors, COURSE_FORM_FIELDS);

  const save = () =>
    run(async () => {
      const body = formToCourseBody(values);
      if (course) {
        await updateTrainingCourse(course.id, body);
        navigateWithQuery(['training', course.id], { saved: '1' });
      } else {
        const created = await createTrainingCourse(body);
        navigateWithQuery(['training', created.id], { created: '1' });
      }
    });

  return (
    <CourseForm
      values={values}
      onChange={setValues}
      errors={errors}
      topics={topics}
      fixedProvince={user.provinceCode}
      onSubmit={() => void save()}
    >
      {error !== null && <ErrorAlert error={error} />}
      <FieldMessages messages={unplaced} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending} aria-busy={pending}>
          {t(course ? 'common.save' : 'training.create')}
        </button>
        <a href={course ? routeHref('training', course.id) : routeHref('training')}>{t('common.cancel')}</a>
        {course && (
          <ConfirmDelete
            label={t('training.delete')}
            confirmLabel={t('training.deleteConfirm')}
            asking={asking}
            onAskingChange={setAsking}
            pending={pending}
            onConfirm={() =>
              void run(async () => {
                await deleteTrainingCourse(course.id);
                navigate('training');
              })
            }
          />
        )}
      </div>
      {course && <p className="hint">{t('training.deleteHint')}</p>}
    </CourseForm>
  );
}
