import { type CouncilRow, findCouncil, findCouncilSeat } from '../../db/repositories/dossiers.repository.ts';
import { renderCouncilMinutesPdf } from '../../documents/council-minutes.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { addDays, parseIsoDate } from '../../domain/registry/calendar-date.ts';
import { validationError } from '../../domain/scoring/input.ts';
import type { AppDeps } from '../deps.ts';
import { councilStanding } from '../dossiers/council-standing.ts';
import { type DocumentFile, pdfFile } from './document-file.ts';
import { dossiersFinalizedBetween } from './document-queries.ts';
import type { MinutesEntry } from './minutes-content.ts';
import { minutesDocument, minutesEntry } from './minutes-document.ts';

/** Midnight in Vietnam (UTC+7, no daylight saving) at the start of a civil date. */
const vietnamMidnight = (date: string): Date => new Date(`${date}T00:00:00+07:00`);

const isVisibleTo = (actor: Actor, council: CouncilRow) =>
  council.level === 'central' || actor.provinceCode === null || actor.provinceCode === council.provinceCode;

/** The ministry, the province's OCOP office and signer (provincial councils), and the council's own seats. */
async function mayReadMinutes(deps: AppDeps, actor: Actor, council: CouncilRow): Promise<boolean> {
  if (actor.role === 'ministry_admin' || actor.role === 'ministry_leader') return true;
  const isProvinceStaff = actor.role === 'province_officer' || actor.role === 'province_leader';
  if (isProvinceStaff && council.level === 'province' && actor.provinceCode === council.provinceCode) {
    return true;
  }
  return (await findCouncilSeat(deps.db, council.id, actor.id)) !== undefined;
}

/**
 * The minutes of a council's sitting: every dossier it concluded on `date` (Vietnam time), one row each and
 * one column per member, the way a meeting reviews a whole list.
 */
export async function councilMinutesForCouncilPdf(
  deps: AppDeps,
  actor: Actor,
  councilId: string,
  date: string,
): Promise<DocumentFile> {
  const day = parseIsoDate(date, 'Ngày họp');
  if (!day.ok) throw validationError([{ field: 'querystring.date', message: day.message }]);
  const council = await findCouncil(deps.db, councilId);
  if (!council || !isVisibleTo(actor, council))
    throw new DomainError('COUNCIL_NOT_FOUND', 'Không tìm thấy Hội đồng.');
  if (!(await mayReadMinutes(deps, actor, council))) {
    throw new DomainError(
      'FORBIDDEN',
      'Biên bản Hội đồng dành cho cơ quan OCOP, người ký quyết định và thành viên Hội đồng.',
    );
  }
  const dossiers = await dossiersFinalizedBetween(
    deps.db,
    council,
    vietnamMidnight(day.value),
    vietnamMidnight(addDays(day.value, 1)),
  );
  if (dossiers.length === 0) {
    throw new DomainError('NOT_FOUND', `Hội đồng không kết luận hồ sơ nào trong ngày ${day.value}.`);
  }
  const entries: MinutesEntry[] = [];
  for (const dossier of dossiers) {
    const standing = await councilStanding(deps, deps.db, dossier, council.level);
    if (standing) entries.push(await minutesEntry(deps.db, dossier, standing));
  }
  const document = await minutesDocument(deps, council, dossiers, entries, day.value);
  return pdfFile(`Biên bản ${council.name} ${day.value}`, await renderCouncilMinutesPdf(document));
}
