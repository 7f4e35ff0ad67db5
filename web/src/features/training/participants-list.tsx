import type { CourseParticipants } from '../../api/training';
import { useI18n } from '../../i18n/i18n-context';

/** The attendees, read-only (roles that follow the programme without managing it). */
export function ParticipantsList({ participants }: { participants: CourseParticipants }) {
  const { t } = useI18n();
  const { officials, producers } = participants;
  const done = (completed: boolean) => (completed ? t('training.completedYes') : t('training.completedNo'));
  return (
    <>
      <h3>{t('training.officialsHeading')}</h3>
      {officials.length === 0 ? (
        <p className="muted">{t('training.noOfficials')}</p>
      ) : (
        <div className="table-wrap full">
          <table data-testid="officials-table">
            <caption>{t('training.officialsCaption', { count: officials.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.officialName')}</th>
                <th scope="col">{t('training.organisation')}</th>
                <th scope="col">{t('training.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {officials.map((o) => (
                <tr key={o.userId} data-testid="official-row">
                  <th scope="row">
                    {o.name}
                    {o.commune && <div className="muted small">{o.commune.name}</div>}
                  </th>
                  <td>{o.organisation ?? '—'}</td>
                  <td>{done(o.completed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('training.peopleHeading')}</h3>
      {producers.length === 0 ? (
        <p className="muted">{t('training.noPeople')}</p>
      ) : (
        <div className="table-wrap full">
          <table data-testid="people-table">
            <caption>{t('training.peopleCaption', { count: producers.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.personName')}</th>
                <th scope="col">{t('training.producer')}</th>
                <th scope="col">{t('training.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {producers.map((p) => (
                <tr key={`${p.producer.id}|${p.personName}`} data-testid="person-row">
                  <th scope="row">{p.personName}</th>
                  <td>{p.producer.name}</td>
                  <td>{done(p.completed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
