import type { CriteriaSheet } from '../../../app/scoring/get-criteria-sheet.ts';
import type { EvaluationResult } from '../../../domain/scoring/evaluation-types.ts';
import { html, type SafeHtml } from '../html.ts';
import { type Lang, layout } from '../layout.ts';
import type { Need } from './criterion-fieldset.ts';
import { type PickerSet, renderPicker } from './picker.ts';
import { renderResult } from './result-panel.ts';
import { renderSheetForm } from './sheet-form.ts';
import { PAGE_PATHS, STYLESHEET_PATH, TEXT } from './text.ts';

/** Who is looking: anonymous, signed in, or a producer who may keep drafts. */
export type Viewer = Readonly<{ displayName: string | null; draftCsrfToken: string | null }>;

export type PageModel = Readonly<{
  lang: Lang;
  publicBaseUrl: string;
  pickerSets: readonly PickerSet[];
  sheet: CriteriaSheet | null;
  answers: Readonly<Record<string, number>>;
  result: EvaluationResult | null;
  notices: readonly string[];
  errors: readonly string[];
  viewer: Viewer;
}>;

/** For each criterion that blocks a level, the lowest such level (the first thing to fix). */
function needsOf(result: EvaluationResult | null): Map<string, Need> {
  const needs = new Map<string, Need>();
  for (const level of result?.blockedBy ?? []) {
    for (const floor of level.criteria) {
      if (!needs.has(floor.criterionCode)) needs.set(floor.criterionCode, { stars: level.stars, floor });
    }
  }
  return needs;
}

function renderHeader(model: PageModel, query: string): SafeHtml {
  const t = TEXT[model.lang];
  const other: Lang = model.lang === 'vi' ? 'en' : 'vi';
  const account =
    model.viewer.displayName === null
      ? html`<a href="/admin/">${t.login}</a>`
      : html`<span>${t.signedInAs(model.viewer.displayName)}</span>`;
  return html`<header>
  <a class="brand" href="${t.homePath}">OCOP</a>
  <nav aria-label="${t.nav}"><a href="${t.homePath}">${t.home}</a>${account}<a href="${PAGE_PATHS[other]}${query}" hreflang="${other}">${t.other}</a></nav>
</header>`;
}

function renderMessages(model: PageModel): SafeHtml {
  const t = TEXT[model.lang];
  const errors =
    model.errors.length === 0
      ? ''
      : html`<div class="error" role="alert"><h2>${t.errorsHeading}</h2><ul>${model.errors.map((e) => html`<li>${e}</li>`)}</ul></div>`;
  return html`${errors}${model.notices.map((n) => html`<p class="notice" role="status">${n}</p>`)}`;
}

/** The whole page: picker, messages, predicted result, then the sheet form. Works without JavaScript. */
export function renderSelfAssessmentPage(model: PageModel): string {
  const t = TEXT[model.lang];
  const { sheet, viewer } = model;
  const query = sheet ? `?set=${sheet.id}` : '';
  const canSave = viewer.draftCsrfToken !== null;
  const body = html`<link rel="stylesheet" href="${STYLESHEET_PATH}">
${renderHeader(model, query)}
<main>
  <h1>${sheet ? t.titleWith(sheet.name, sheet.id) : t.title}</h1>
  <p class="lead">${t.lead}</p>
  ${renderMessages(model)}
  <h2 class="visually-hidden">${t.pickHeading}</h2>
  ${renderPicker(model.lang, model.pickerSets, sheet?.id ?? null)}
  ${model.result ? renderResult(model.lang, model.result, sheet?.starBands ?? []) : ''}
  ${
    sheet
      ? html`<p class="meta">${t.sheetMeta(sheet.sector, sheet.group, sheet.criteriaSet.id)}</p>
  ${t.contentNote ? html`<p class="meta">${t.contentNote}</p>` : ''}
  ${!canSave && viewer.displayName === null ? html`<p class="meta"><a href="/admin/">${t.draftHint}</a></p>` : ''}
  ${renderSheetForm(model.lang, { sheet, answers: model.answers, needs: needsOf(model.result), draftCsrfToken: viewer.draftCsrfToken })}`
      : ''
  }
</main>`;
  return layout({
    lang: model.lang,
    title: sheet ? `${t.titleWith(sheet.name, sheet.id)} — OCOP` : `${t.title} — OCOP`,
    description: t.description,
    canonicalPath: `${PAGE_PATHS[model.lang]}${query}`,
    alternatePath: `${PAGE_PATHS[model.lang === 'vi' ? 'en' : 'vi']}${query}`,
    publicBaseUrl: model.publicBaseUrl,
    body,
  });
}
