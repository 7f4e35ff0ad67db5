import type { FastifyRequest } from 'fastify';
import type { CurrentSession } from '../../../app/auth/find-session.ts';
import { tokensEqual } from '../../../app/auth/session-tokens.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { type CriteriaSheet, getCriteriaSheet } from '../../../app/scoring/get-criteria-sheet.ts';
import { listCriteriaSets } from '../../../app/scoring/list-criteria-sets.ts';
import { loadSelfAssessmentDraft } from '../../../app/scoring/load-self-assessment-draft.ts';
import { saveSelfAssessmentDraft } from '../../../app/scoring/save-self-assessment-draft.ts';
import { scoreSelfAssessment } from '../../../app/scoring/score-self-assessment.ts';
import { ErrorCodes, isDomainError } from '../../../domain/errors.ts';
import type { EvaluationResult } from '../../../domain/scoring/evaluation-types.ts';
import { auditActorOf, sessionOf } from '../../plugins/auth.ts';
import type { Lang } from '../layout.ts';
import { parseProductSetId, readSheetForm } from './form-input.ts';
import { type PageModel, renderSelfAssessmentPage, type Viewer } from './page.ts';
import { TEXT } from './text.ts';

/** The rendered page, its status, and whether it shows anything personal (then it is never cached). */
export type PageOutcome = { status: number; html: string; personal: boolean };

type Context = { deps: AppDeps; lang: Lang; session: CurrentSession | null };

const canKeepDrafts = (session: CurrentSession | null) => session?.actor.role === 'producer';

function viewerOf(session: CurrentSession | null): Viewer {
  return {
    displayName: session?.user.displayName ?? null,
    draftCsrfToken: session && canKeepDrafts(session) ? session.csrfToken : null,
  };
}

function render(
  { deps, lang, session }: Context,
  status: number,
  parts: Partial<Pick<PageModel, 'sheet' | 'answers' | 'result' | 'notices' | 'errors'>>,
): PageOutcome {
  const current = listCriteriaSets(deps).items.find((s) => s.current);
  const html = renderSelfAssessmentPage({
    lang,
    publicBaseUrl: deps.config.publicBaseUrl,
    pickerSets: current?.productSets ?? [],
    sheet: parts.sheet ?? null,
    answers: parts.answers ?? {},
    result: parts.result ?? null,
    notices: parts.notices ?? [],
    errors: parts.errors ?? [],
    viewer: viewerOf(session),
  });
  return { status, html, personal: session !== null };
}

/** A DomainError as the page shows it (status and messages); anything else is rethrown. */
function failure(error: unknown): { status: number; errors: string[] } {
  if (!isDomainError(error)) throw error;
  const messages = error.fieldErrors?.map((f) => f.message) ?? [];
  return { status: ErrorCodes[error.code].status, errors: messages.length > 0 ? messages : [error.detail] };
}

/** GET: the picker; with ?set=N the sheet, and for a producer their saved draft with its result. */
export async function showPage(deps: AppDeps, request: FastifyRequest, lang: Lang): Promise<PageOutcome> {
  const context: Context = { deps, lang, session: await sessionOf(deps, request) };
  const raw = (request.query as Record<string, unknown>).set;
  if (raw === undefined || raw === '') return render(context, 200, {});
  const productSetId = parseProductSetId(raw);
  if (productSetId === null) return render(context, 400, { errors: [TEXT[lang].unknownSet] });
  const sheet = getCriteriaSheet(deps, undefined, productSetId);
  const draft = context.session
    ? await loadSelfAssessmentDraft(deps, context.session.actor, productSetId)
    : null;
  if (!draft) return render(context, 200, { sheet });
  return render(context, 200, {
    sheet,
    answers: draft.answers,
    result: draft.result,
    notices: [TEXT[lang].draftLoaded(draft.savedAt)],
  });
}

/** POST: scores the answers (anyone), or saves them as the producer's draft (CSRF field checked). */
export async function submitPage(deps: AppDeps, request: FastifyRequest, lang: Lang): Promise<PageOutcome> {
  const context: Context = { deps, lang, session: await sessionOf(deps, request) };
  const t = TEXT[lang];
  const form = readSheetForm(request.body);
  if (form.productSetId === null) return render(context, 400, { errors: [t.unknownSet] });
  let sheet: CriteriaSheet;
  try {
    sheet = getCriteriaSheet(deps, form.criteriaSetId, form.productSetId);
  } catch (error) {
    return render(context, 400, failure(error));
  }
  const input = { productSetId: sheet.id, answers: form.answers, criteriaSetId: sheet.criteriaSet.id };
  const { session } = context;
  if (form.action === 'save') {
    if (!session) return render(context, 401, { sheet, answers: form.answers, errors: [t.loginToSave] });
    if (!form.csrfToken || !tokensEqual(form.csrfToken, session.csrfToken)) {
      return render(context, 403, { sheet, answers: form.answers, errors: [t.csrfInvalid] });
    }
  }
  try {
    let result: EvaluationResult;
    const notices: string[] = [];
    if (form.action === 'save' && session) {
      const saved = await saveSelfAssessmentDraft(deps, session.actor, auditActorOf(session), input);
      result = saved.result;
      notices.push(t.draftSaved(saved.savedAt));
    } else {
      result = scoreSelfAssessment(deps, input);
    }
    return render(context, 200, { sheet, answers: form.answers, result, notices });
  } catch (error) {
    const { status, errors } = failure(error);
    return render(context, status, { sheet, answers: form.answers, errors });
  }
}
