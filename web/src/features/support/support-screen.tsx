import type { User } from '../../api/types';
import { SupportCreatePage } from './support-create-page';
import { SupportListPage } from './support-list-page';
import { SupportRecordPage } from './support-record-page';
import '../../styles/support.css';

/** #/support (list, with the revenue-growth indicator), #/support/new, #/support/{id} (view, edit, delete). */
export function SupportScreen({ user, route }: { user: User; route: readonly string[] }) {
  const [, id] = route;
  if (id === 'new') return <SupportCreatePage user={user} />;
  if (id) return <SupportRecordPage key={id} id={id} user={user} />;
  return <SupportListPage user={user} />;
}
