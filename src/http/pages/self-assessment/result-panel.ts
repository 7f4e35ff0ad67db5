import type { EvaluationResult } from '../../../domain/scoring/evaluation-types.ts';
import type { StarBand } from '../../../domain/scoring/types.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Lang } from '../layout.ts';
import { TEXT } from './text.ts';

const starGlyphs = (stars: number, max: number) => '★'.repeat(stars) + '☆'.repeat(Math.max(0, max - stars));

/** Criteria still short of their star minimums, per level: "Để đạt N★ bạn còn cần: …". */
function renderNeeds(lang: Lang, result: EvaluationResult): SafeHtml[] {
  const t = TEXT[lang];
  return result.blockedBy
    .filter((level) => level.criteria.length > 0)
    .map(
      (level) => html`<h3>${t.needLead(level.stars)}</h3>
<ul class="needs">${level.criteria.map(
        (c) =>
          html`<li><a href="#tieu-chi-${c.criterionCode}"><span lang="vi">${c.criterionCode} ${c.criterionName}</span></a>: ${t.needItem(
            c.requiredOption.label,
            c.requiredPoints,
            c.points,
          )}</li>`,
      )}</ul>`,
    );
}

/** How far the total is from the next band, when there is one. */
function renderNextBand(lang: Lang, result: EvaluationResult, bands: readonly StarBand[]): SafeHtml | '' {
  const next = bands.find((b) => b.stars === result.bandStars + 1);
  if (!next || next.min <= result.total) return '';
  const missing = Math.round((next.min - result.total) * 100) / 100;
  return html`<p>${TEXT[lang].nextBand(missing, next.stars, next.min)}</p>`;
}

/** The predicted rank, total, subtotal per part and what is still missing for the next levels. */
export function renderResult(lang: Lang, result: EvaluationResult, bands: readonly StarBand[]): SafeHtml {
  const t = TEXT[lang];
  const maxStars = Math.max(...bands.map((b) => b.stars));
  const unanswered = result.criteria.filter(
    (c) => c.unansweredOn.length > 0 && c.notApplicableOn.length === 0,
  ).length;
  return html`<section class="result" id="ket-qua" aria-labelledby="ket-qua-tieu-de">
<h2 id="ket-qua-tieu-de">${t.resultHeading}</h2>
<p class="stars-line" data-testid="predicted-stars"><span class="stars" aria-hidden="true">${starGlyphs(result.stars, maxStars)}</span><strong>${t.starsLine(result.stars)}</strong></p>
<dl class="figures">
  <div><dt>${t.total}</dt><dd data-testid="total">${t.totalValue(result.total)}</dd></div>
  <div><dt>${t.band}</dt><dd>${t.starsValue(result.bandStars)}</dd></div>
</dl>
<p>${result.certifiable ? t.certifiable : t.notCertifiable}</p>
<table>
  <caption>${t.partsCaption}</caption>
  <thead><tr><th scope="col">${t.partColumn}</th><th scope="col" class="num">${t.pointsColumn}</th><th scope="col" class="num">${t.maxColumn}</th></tr></thead>
  <tbody>${result.parts.map(
    (p) =>
      html`<tr><th scope="row"><span lang="vi">${p.code}. ${p.name}</span></th><td class="num">${t.number(p.points)}</td><td class="num">${t.number(p.maxPoints)}</td></tr>`,
  )}</tbody>
</table>
${unanswered > 0 ? html`<p>${t.unanswered(unanswered)}</p>` : ''}
${renderNeeds(lang, result)}
${renderNextBand(lang, result, bands)}
</section>`;
}
