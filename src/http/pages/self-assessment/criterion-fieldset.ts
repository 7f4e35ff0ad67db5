import type { SheetCriterion, SheetOption } from '../../../app/scoring/get-criteria-sheet.ts';
import type { FailedFloor } from '../../../domain/scoring/evaluation-types.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Lang } from '../layout.ts';
import { TEXT } from './text.ts';

/** The lowest level a criterion blocks, with what it needs there. */
export type Need = Readonly<{ stars: number; floor: FailedFloor }>;

/** The chosen option index of a criterion: its own key, or a case key ("8.b") from a saved draft. */
export function chosenIndex(criterion: SheetCriterion, answers: Readonly<Record<string, number>>): number {
  const own = answers[criterion.code];
  if (own !== undefined) return own;
  for (const c of criterion.cases ?? []) {
    const value = answers[`${criterion.code}.${c.code}`];
    if (value !== undefined) return value;
  }
  return -1;
}

function optionLabel(lang: Lang, code: string, option: SheetOption, checked: boolean): SafeHtml {
  const t = TEXT[lang];
  const marker =
    option.minStarFor === null
      ? ''
      : html`<span class="marker" title="${t.markerLong(option.minStarFor)}">${t.marker(option.minStarFor)}</span>`;
  return html`<label class="option"><input type="radio" name="answers[${code}]" value="${option.index}"${
    checked ? html` checked` : ''
  }><span class="option-text">${option.label}${marker}</span><span class="pts">${t.points(option.points)}</span></label>`;
}

/** One criterion as a radio group: legend (code, name, maximum), notes, options with points and markers. */
export function renderCriterion(
  lang: Lang,
  criterion: SheetCriterion,
  answers: Readonly<Record<string, number>>,
  need: Need | undefined,
): SafeHtml {
  const t = TEXT[lang];
  const chosen = chosenIndex(criterion, answers);
  const option = (o: SheetOption) => optionLabel(lang, criterion.code, o, o.index === chosen);
  const body = criterion.cases
    ? criterion.cases.map(
        (c) =>
          html`<p class="case">${c.label}</p>${criterion.options
            .filter((o) => o.case === c.code)
            .map(option)}`,
      )
    : criterion.options.map(option);
  const notes = [criterion.note, criterion.caseInstruction, criterion.appliesWhen?.reason].filter(
    (n, i, all): n is string => !!n && all.indexOf(n) === i,
  );
  return html`<fieldset class="criterion${need ? ' needed' : ''}" id="tieu-chi-${criterion.code}">
  <legend${criterion.impliedBySection ? html` class="visually-hidden"` : ''}>${criterion.code} ${criterion.name} <span class="max">(${t.maxPoints(criterion.maxPoints)})</span></legend>
  ${notes.map((n) => html`<p class="note">${n}</p>`)}${body}
  ${need ? html`<p class="need">${t.needHere(need.stars, need.floor.requiredOption.label)}</p>` : ''}
</fieldset>`;
}
