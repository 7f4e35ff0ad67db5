import type { User } from '../../api/types';
import { CourseFormPage } from './course-form-page';
import { CoursePage } from './course-page';
import { CoursesPage } from './courses-page';
import '../../styles/programme.css';
import '../../styles/training.css';

/** #/training, #/training/new, #/training/{id}, #/training/{id}/edit. */
export function TrainingScreen({ user, route }: { user: User; route: readonly string[] }) {
  const [, id, action] = route;
  if (id === 'new') return <CourseFormPage key="new" user={user} id={null} />;
  if (id && action === 'edit') return <CourseFormPage key={`${id}/edit`} user={user} id={id} />;
  if (id) return <CoursePage key={id} user={user} id={id} />;
  return <CoursesPage user={user} />;
}
