// The catalogue's search and filter form: a plain GET form (works without JavaScript), every control labelled.

import type { AreaView } from '../../../app/portal/portal-views.ts';
import type { AreaCount } from '../../../app/portal/search-catalogue.ts';
import type { ClassOption } from '../../../domain/portal/product-classes.ts';
import { PRODUCER_TYPES } from '../../../domain/registry/producer-types.ts';
import { html, SafeHtml } from '../html.ts';
import type { Lang } from '../layout.ts';
import type { CatalogueParams } from './catalogue-query.ts';

const TEXT = {
  vi: {
    search: 'Tìm sản phẩm hoặc chủ thể (gõ có dấu hoặc không dấu)',
    submit: 'Tìm kiếm',
    filters: 'Bộ lọc',
    province: 'Tỉnh, thành phố',
    commune: 'Xã, phường, đặc khu',
    communeHint: 'Chọn tỉnh rồi bấm Lọc để chọn xã',
    any: 'Tất cả',
    stars: 'Hạng sao',
    star: (n: number) => `${n} sao`,
    klass: 'Ngành, nhóm, bộ sản phẩm',
    wholeSector: 'Cả ngành',
    type: 'Loại hình chủ thể',
    all: 'Gồm cả sản phẩm hết hiệu lực hoặc bị thu hồi',
    apply: 'Lọc',
  },
  en: {
    search: 'Search products or producers (with or without accents)',
    submit: 'Search',
    filters: 'Filters',
    province: 'Province or city',
    commune: 'Commune or ward',
    communeHint: 'Choose a province and press Filter to pick a commune',
    any: 'All',
    stars: 'Stars',
    star: (n: number) => `${n} stars`,
    klass: 'Sector, group or product set',
    wholeSector: 'Whole sector',
    type: 'Producer type',
    all: 'Include expired and revoked products',
    apply: 'Filter',
  },
} as const;

const option = (value: string, label: string, selected: boolean) =>
  html`<option value="${value}"${selected ? new SafeHtml(' selected') : ''}>${label}</option>`;

const checked = (on: boolean) => (on ? new SafeHtml(' checked') : '');

function classSelect(lang: Lang, options: readonly ClassOption[], current: string): SafeHtml {
  const t = TEXT[lang];
  const groups: { label: string; items: SafeHtml[] }[] = [];
  for (const o of options) {
    if (o.level === 'sector') {
      groups.push({
        label: `${o.code}. ${o.label[lang]}`,
        items: [option(o.code, `${t.wholeSector} ${o.label[lang]}`, current === o.code)],
      });
    } else {
      const label = o.level === 'group' ? `${o.code} ${o.label[lang]}` : `\u2003${o.code}. ${o.label[lang]}`;
      groups[groups.length - 1]?.items.push(option(o.code, label, current === o.code));
    }
  }
  return html`<select id="f-class" name="class">${option('', t.any, current === '')}${groups.map(
    (g) => html`<optgroup label="${g.label}">${g.items}</optgroup>`,
  )}</select>`;
}

export type CatalogueFormData = Readonly<{
  action: string;
  params: CatalogueParams;
  provinces: readonly AreaView[];
  communes: readonly AreaCount[];
  classes: readonly ClassOption[];
}>;

export function catalogueForm(lang: Lang, d: CatalogueFormData): SafeHtml {
  const t = TEXT[lang];
  const p = d.params;
  const filtered = Boolean(
    p.province || p.stars.length || p.classCode || p.producerType || p.includeInactive,
  );
  const types = PRODUCER_TYPES.map((pt) =>
    option(pt.code, lang === 'vi' ? pt.labelVi : pt.labelEn, p.producerType === pt.code),
  );
  return html`<form action="${d.action}" method="get" role="search">
<div class="search"><label for="q">${t.search}</label>
<input id="q" name="q" type="search" value="${p.q}" autocomplete="off">
<button type="submit">${t.submit}</button></div>
<details${filtered ? new SafeHtml(' open') : ''}><summary>${t.filters}</summary>
<div class="filters">
<div><label for="f-province">${t.province}</label><select id="f-province" name="province">${option('', t.any, p.province === '')}${d.provinces.map((a) => option(a.code, a.shortName, a.code === p.province))}</select></div>
<div><label for="f-commune">${t.commune}</label>${
    p.province
      ? html`<select id="f-commune" name="commune">${option('', t.any, p.commune === '')}${d.communes.map((c) => option(c.area.code, `${c.area.shortName} (${c.count})`, c.area.code === p.commune))}</select>`
      : html`<select id="f-commune" name="commune" disabled aria-describedby="f-commune-hint">${option('', t.any, true)}</select><span id="f-commune-hint" class="muted">${t.communeHint}</span>`
  }</div>
<fieldset><legend>${t.stars}</legend>${[3, 4, 5].map(
    (n) =>
      html`<label class="check"><input type="checkbox" name="stars" value="${n}"${checked(p.stars.includes(n))}> ${t.star(n)}</label>`,
  )}</fieldset>
<div><label for="f-class">${t.klass}</label>${classSelect(lang, d.classes, p.classCode)}</div>
<div><label for="f-type">${t.type}</label><select id="f-type" name="type">${option('', t.any, p.producerType === '')}${types}</select></div>
<div><label class="check"><input type="checkbox" name="all" value="1"${checked(p.includeInactive)}> ${t.all}</label>
<button type="submit">${t.apply}</button></div>
</div>
</details>
</form>`;
}
