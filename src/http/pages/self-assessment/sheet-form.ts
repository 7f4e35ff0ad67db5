import type { CriteriaSheet, SheetPart, SheetSection } from '../../../app/scoring/get-criteria-sheet.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Lang } from '../layout.ts';
import { type Need, renderCriterion } from './criterion-fieldset.ts';
import { PAGE_PATHS, TEXT } from './text.ts';

export type SheetFormModel = Readonly<{
  sheet: CriteriaSheet;
  answers: Readonly<Record<string, number>>;
  /** Criterion code → the lowest star level it blocks (from the last result). */
  needs: ReadonlyMap<string, Need>;
  /** Set for a producer's session: the form then offers "Lưu nháp" and carries the CSRF token. */
  draftCsrfToken: string | null;
}>;

function renderSection(lang: Lang, section: SheetSection, model: SheetFormModel): SafeHtml {
  const t = TEXT[lang];
  const groups = new Map((section.groups ?? []).map((g) => [g.code, g]));
  let currentGroup: string | undefined;
  const items = section.criteria.map((criterion) => {
    const group = criterion.group === undefined ? undefined : groups.get(criterion.group);
    const heading =
      group && group.code !== currentGroup
        ? html`<h4>${t.group(group.code, group.name, group.maxPoints)}</h4>`
        : '';
    currentGroup = group?.code;
    return html`${heading}${renderCriterion(lang, criterion, model.answers, model.needs.get(criterion.code))}`;
  });
  return html`<h3>${t.section(section.code, section.name, section.maxPoints)}</h3>
${section.note ? html`<p class="section-note">${section.note}</p>` : ''}${items}`;
}

function renderPart(lang: Lang, part: SheetPart, model: SheetFormModel): SafeHtml {
  const id = `phan-${part.code.toLowerCase()}`;
  return html`<section class="part" aria-labelledby="${id}">
<h2 id="${id}">${TEXT[lang].part(part.code, part.name, part.maxPoints)}</h2>
${part.sections.map((s) => renderSection(lang, s, model))}
</section>`;
}

/** The score sheet as one POST form: a radio group per criterion, grouped by part and section. */
export function renderSheetForm(lang: Lang, model: SheetFormModel): SafeHtml {
  const t = TEXT[lang];
  const { sheet, draftCsrfToken } = model;
  const path = PAGE_PATHS[lang];
  return html`<form class="sheet" method="post" action="${path}#ket-qua">
<input type="hidden" name="set" value="${sheet.id}">
<input type="hidden" name="criteriaSet" value="${sheet.criteriaSet.id}">
${draftCsrfToken === null ? '' : html`<input type="hidden" name="csrf" value="${draftCsrfToken}">`}
<div lang="vi">${sheet.parts.map((part) => renderPart(lang, part, model))}</div>
<div class="actions">
  <button type="submit" name="action" value="score">${t.scoreButton}</button>
  ${draftCsrfToken === null ? '' : html`<button type="submit" name="action" value="save" class="secondary">${t.saveButton}</button>`}
</div>
</form>`;
}
