import { courseAttendanceUrl, fetchTrainingCourse, type TrainingCourse } from '../../api/training';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { useFetch } from '../../lib/use-fetch';
import { routeHref, useHashQuery } from '../shell/use-hash-route';
import { canManageCourse, courseDates } from './course-labels';
import { ParticipantsEditor } from './participants-editor';
import { loadTopics, topicLabel } from './training-topics';

const loadCourse = (id: string, signal: AbortSignal) => fetchTrainingCourse(id, signal);

/** #/training/{id}: the course and who attended (the office edits the list here). */
export function CoursePage({ id, user }: { id: string; user: User }) {
  const { t } = useI18n();
  const query = useHashQuery();
  const [state, replace] = useEditableFetch(id, loadCourse);
  const notice =
    query.created === '1' ? t('training.created') : query.saved === '1' ? t('common.saved') : null;
  return (
    <>
      <p>
        <a href={routeHref('training')}>{t('training.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <CourseFacts course={state.data} user={user} notice={notice} />
          <ParticipantsEditor
            course={state.data}
            canEdit={canManageCourse(user, state.data)}
            onSaved={(saved) =>
              replace({
                ...state.data,
                participantCounts: { officials: saved.officials.length, producers: saved.producers.length },
              })
            }
          />
        </>
      )}
    </>
  );
}

function CourseFacts({
  course,
  user,
  notice,
}: {
  course: TrainingCourse;
  user: User;
  notice: string | null;
}) {
  const { t, language } = useI18n();
  const topics = useFetch('topics', loadTopics);
  const topicList = topics.status === 'success' ? topics.data : [];
  return (
    <>
      <div className="page-heading">
        <h1 data-testid="course-title">{course.title}</h1>
        {canManageCourse(user, course) && (
          <a className="button-link" href={routeHref('training', course.id, 'edit')}>
            {t('training.edit')}
          </a>
        )}
      </div>
      {notice && (
        <p role="status" className="alert alert-success" data-testid="notice">
          {notice}
        </p>
      )}
      <dl className="facts" data-testid="course-facts">
        <div>
          <dt>{t('training.scope')}</dt>
          <dd>{course.province ? course.province.name : t('training.national')}</dd>
        </div>
        <div>
          <dt>{t('training.dates')}</dt>
          <dd>{courseDates(course)}</dd>
        </div>
        <div>
          <dt>{t('training.place')}</dt>
          <dd>{course.place ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('training.organiser')}</dt>
          <dd>{course.organiser ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('training.attendees')}</dt>
          <dd data-testid="course-counts">
            {t('training.countsValue', {
              officials: course.participantCounts.officials,
              producers: course.participantCounts.producers,
            })}
          </dd>
          <dd>
            <a href={courseAttendanceUrl(course.id)} download data-testid="attendance-xlsx">
              {t('training.attendanceXlsx')}
            </a>
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('training.topics')}</dt>
          <dd>
            <ul className="topic-tags">
              {course.topics.map((code) => (
                <li key={code}>{topicLabel(topicList, code, language)}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </>
  );
}
