import type { TrainingCourse } from '../../api/training';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { routeHref } from '../shell/use-hash-route';
import { courseDates } from './course-labels';
import { loadTopics, topicLabels } from './training-topics';

/** The courses of a page: title, province (or national), topics, dates and attendee counts. */
export function CoursesTable({ courses, total }: { courses: readonly TrainingCourse[]; total: number }) {
  const { t, language } = useI18n();
  const topics = useFetch('topics', loadTopics);
  const topicList = topics.status === 'success' ? topics.data : [];
  return (
    <div className="table-wrap full">
      <table data-testid="training-table">
        <caption>{t('training.caption', { total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.title')}</th>
            <th scope="col">{t('training.scope')}</th>
            <th scope="col">{t('training.topics')}</th>
            <th scope="col">{t('training.dates')}</th>
            <th scope="col" className="num">
              {t('training.officialsCount')}
            </th>
            <th scope="col" className="num">
              {t('training.producersCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {courses.map((course) => (
            <tr key={course.id} data-testid="training-row">
              <th scope="row">
                <a href={routeHref('training', course.id)}>{course.title}</a>
              </th>
              <td>{course.province ? course.province.name : t('training.national')}</td>
              <td>{topicLabels(topicList, course.topics, language)}</td>
              <td className="nowrap">{courseDates(course)}</td>
              <td className="num" data-testid="officials-count">
                {course.participantCounts.officials}
              </td>
              <td className="num" data-testid="producers-count">
                {course.participantCounts.producers}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {courses.length === 0 && <p className="empty">{t('training.empty')}</p>}
    </div>
  );
}
