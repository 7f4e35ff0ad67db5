import { fetchTrainingCourses } from '../../api/training';
import type { Producer, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { routeHref } from '../shell/use-hash-route';
import { courseDates } from './course-labels';
import { loadTopics, topicLabels } from './training-topics';

const loadCourses = (producerId: string, signal: AbortSignal) =>
  fetchTrainingCourses({ producerId, pageSize: '100' }, signal);

/** The training courses the producer's people attended (newest first), on its record. */
export function ProducerCoursesSection({ producer, user }: { producer: Producer; user: User }) {
  const { t, language } = useI18n();
  const state = useFetch(producer.id, loadCourses);
  const topics = useFetch('topics', loadTopics);
  const topicList = topics.status === 'success' ? topics.data : [];
  const opensCourses = can(user.role, 'programme:read');
  return (
    <section
      className="panel section-gap"
      aria-labelledby="producer-courses-heading"
      data-testid="producer-courses"
    >
      <h2 id="producer-courses-heading">{t('training.attendedHeading')}</h2>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && state.data.items.length === 0 && <p>{t('training.attendedNone')}</p>}
      {state.status === 'success' && state.data.items.length > 0 && (
        <ul className="plain-list">
          {state.data.items.map((course) => (
            <li key={course.id} data-testid="producer-course">
              {opensCourses ? <a href={routeHref('training', course.id)}>{course.title}</a> : course.title}
              <span className="muted small">
                {' '}
                · {courseDates(course)} · {topicLabels(topicList, course.topics, language)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
