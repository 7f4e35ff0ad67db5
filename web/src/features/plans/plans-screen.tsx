import type { User } from '../../api/types';
import { PlanFormPage } from './plan-form-page';
import { PlanPage } from './plan-page';
import { PlansPage } from './plans-page';
import '../../styles/programme.css';

/** #/plans, #/plans/new, #/plans/{id}, #/plans/{id}/edit. */
export function PlansScreen({ user, route }: { user: User; route: readonly string[] }) {
  const [, id, action] = route;
  if (id === 'new') return <PlanFormPage key="new" user={user} id={null} />;
  if (id && action === 'edit') return <PlanFormPage key={`${id}/edit`} user={user} id={id} />;
  if (id) return <PlanPage key={id} user={user} id={id} />;
  return <PlansPage user={user} />;
}
