import { html, type SafeHtml } from '../html.ts';
import type { Lang } from '../layout.ts';
import { PAGE_PATHS, TEXT } from './text.ts';

export type PickerSet = Readonly<{ id: number; name: string; sector: string; group: string }>;

/** Product sets in sheet order, one <optgroup> per sector and group (a plain GET form: works without JS). */
export function renderPicker(lang: Lang, sets: readonly PickerSet[], selected: number | null): SafeHtml {
  const t = TEXT[lang];
  const groups = new Map<string, PickerSet[]>();
  for (const set of sets) {
    const label = set.sector === set.group ? set.sector : `${set.sector} — ${set.group}`;
    groups.set(label, [...(groups.get(label) ?? []), set]);
  }
  const optgroups = [...groups].map(
    ([label, members]) =>
      html`<optgroup label="${label}">${members.map(
        (s) =>
          html`<option value="${s.id}"${s.id === selected ? html` selected` : ''}>${t.setOption(s.id, s.name)}</option>`,
      )}</optgroup>`,
  );
  return html`<form class="picker" method="get" action="${PAGE_PATHS[lang]}">
  <div><label for="set">${t.pickLabel}</label>
  <select id="set" name="set" required><option value="">${t.pickPlaceholder}</option>${optgroups}</select></div>
  <button type="submit" class="secondary">${t.pickButton}</button>
</form>`;
}
