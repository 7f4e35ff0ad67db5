import {
  deleteFiguresRow,
  figuresOfProducer,
  findFigures,
  upsertFigures,
} from '../../db/repositories/impact.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { type YearlyFigures, yearlyFiguresProblems } from '../../domain/impact/yearly-figures.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadProducerToRead, loadProducerToWrite } from './figures-access.ts';
import { type FiguresView, figuresViews, toFiguresView } from './figures-view.ts';

export type FiguresInput = { [K in keyof YearlyFigures]?: YearlyFigures[K] | undefined };

/** Every year a producer reported, latest first, each with its revenue growth. */
export async function listYearlyFigures(
  deps: AppDeps,
  actor: Actor,
  producerId: string,
): Promise<FiguresView[]> {
  await loadProducerToRead(deps, actor, producerId);
  return figuresViews(await figuresOfProducer(deps.db, producerId));
}

/** Enters (or replaces) a producer's figures for a year that is over or running; audited. */
export async function setYearlyFigures(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  producerId: string,
  year: number,
  input: FiguresInput,
): Promise<FiguresView> {
  const producer = await loadProducerToWrite(deps, actor, producerId);
  if (producer.archivedAt) throw new DomainError('ARCHIVED', 'Chủ thể đã lưu trữ, không nhập thêm số liệu.');
  const now = deps.now();
  const figures: YearlyFigures = {
    revenueVnd: input.revenueVnd ?? null,
    profitVnd: input.profitVnd ?? null,
    jobs: input.jobs ?? null,
    localJobs: input.localJobs ?? null,
  };
  throwIfInvalid(yearlyFiguresProblems(year, figures, Number(vietnamDate(now).slice(0, 4))));
  return deps.db.transaction(async (tx) => {
    const before = await findFigures(tx, producerId, year);
    const saved = await upsertFigures(tx, {
      producerId,
      year,
      ...figures,
      enteredBy: actor.id,
      enteredAt: now,
    });
    const view = toFiguresView(saved, await findFigures(tx, producerId, year - 1));
    await recordChange(tx, auditActor, now, {
      entity: 'producer_yearly_figures',
      entityId: `${producerId}/${year}`,
      action: before ? 'update' : 'create',
      ...(before ? { before: toFiguresView(before, undefined) } : {}),
      after: view,
    });
    return view;
  });
}

/** Removes a year entered by mistake. */
export async function deleteYearlyFigures(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  producerId: string,
  year: number,
): Promise<void> {
  await loadProducerToWrite(deps, actor, producerId);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const before = await findFigures(tx, producerId, year);
    if (!before)
      throw new DomainError('YEARLY_FIGURES_NOT_FOUND', `Chưa có số liệu năm ${year} của chủ thể này.`);
    await deleteFiguresRow(tx, producerId, year);
    await recordChange(tx, auditActor, now, {
      entity: 'producer_yearly_figures',
      entityId: `${producerId}/${year}`,
      action: 'delete',
      before: toFiguresView(before, undefined),
    });
  });
}
