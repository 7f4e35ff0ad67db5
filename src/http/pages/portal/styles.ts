// One small stylesheet, inlined (no extra request on a phone's first visit). Colours keep text at ≥ 4.5:1
// on their backgrounds; focus is a thick dark-blue outline on every interactive element.
import { STATUS_PANEL_CSS } from '../verification/certificate-status-panel.ts';

export const PORTAL_CSS = `
:root{--green:#1b6e3a;--ink:#1d2521;--muted:#4a5750;--bg:#f7f8f5;--line:#c9d0c7;--focus:#0b4fb3}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
.wrap{max-width:64rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:9}.skip:focus{left:1rem}
a{color:var(--green)}a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.top{background:#fff;border-bottom:1px solid var(--line)}.top .wrap{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center;justify-content:space-between;padding:.6rem 1rem}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none}.top nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
main{padding:1rem 0 2rem}h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.3rem;margin:1.75rem 0 .75rem}
.lead{font-size:1.1rem;color:var(--muted)}.muted{color:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem;list-style:none;margin:0;padding:0}
.card{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.75rem;display:flex;flex-direction:column;gap:.25rem}
.card img,.card .noimg{width:100%;height:auto;aspect-ratio:1;border-radius:.35rem;object-fit:cover;background:#e4e8e2}
.card h3{font-size:1.05rem;margin:.25rem 0 0}.card p{margin:0}
.stars{color:#805a00;font-weight:600}.stars span{letter-spacing:.1em}
.badge{display:inline-block;border:1px solid;border-radius:1rem;padding:0 .6rem;font-size:.9rem;font-weight:600;width:fit-content}
.badge-green{background:#e8f3ec;color:#14532d}.badge-amber{background:#fff4d6;color:#5c3d00}.badge-red{background:#fdecea;color:#7f1d1d}.badge-grey{background:#eef0ef;color:#2f3833}
.search{display:flex;gap:.5rem;flex-wrap:wrap;align-items:center}.search label{flex-basis:100%;font-weight:600}.search input{flex:1 1 14rem}
input,select,button{font:inherit;padding:.5rem .6rem;border:1px solid #5f6b66;border-radius:.35rem;background:#fff;color:var(--ink);min-height:2.75rem}
button{background:var(--green);border-color:var(--green);color:#fff;font-weight:600;cursor:pointer}
details{margin:1rem 0;background:#fff;border:1px solid var(--line);border-radius:.5rem}summary{cursor:pointer;padding:.6rem 1rem;font-weight:600;color:var(--green)}
.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.75rem;padding:0 1rem 1rem}
.filters label,.filters legend{display:block;font-weight:600;font-size:.95rem}.filters select{width:100%}
fieldset{border:0;margin:0;padding:0}.check{display:flex;gap:.4rem;align-items:center;font-weight:400}.check input{min-height:auto;width:1.2rem;height:1.2rem}
.pager ul{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}.pager a,.pager span{display:inline-block;padding:.4rem .8rem;border:1px solid var(--line);border-radius:.35rem;background:#fff}
.pager [aria-current]{background:var(--green);color:#fff;border-color:var(--green)}
.facts{display:grid;grid-template-columns:minmax(8rem,12rem) 1fr;gap:.35rem 1rem;margin:1rem 0}.facts dt{color:var(--muted)}.facts dd{margin:0}
.gallery{display:flex;gap:.5rem;overflow-x:auto;padding:0;list-style:none}.gallery img{height:14rem;width:auto;border-radius:.35rem}
.places{list-style:none;padding:0}.places li{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.75rem;margin:.5rem 0}.places p{margin:.15rem 0}
.map{height:20rem;border-radius:.5rem;margin:1rem 0;border:1px solid var(--line)}
.counts{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}.counts li{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;min-width:9rem}
.counts strong{display:block;font-size:1.6rem;color:var(--green)}
footer{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem;padding:1rem 0 2rem}footer ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
.scroll{overflow-x:auto}table.figures{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}.figures caption{text-align:left;font-weight:600;padding:.4rem 0}.figures th,.figures td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:right}.figures th:first-child,.figures td:first-child{text-align:left}.figures tfoot td,.figures tfoot th{font-weight:700}
@media (max-width:34rem){.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.5rem}h1{font-size:1.5rem}}
${STATUS_PANEL_CSS}`
  .replace(/\n/g, '')
  .replace(/\s*([{}:;,])\s*/g, '$1');
