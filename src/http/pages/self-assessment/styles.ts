// Styles of the self-assessment page, served as one cacheable stylesheet (layout.ts keeps the shared ones).
// Colours keep at least 4.5:1 contrast on their backgrounds (WCAG AA).
export const SELF_ASSESSMENT_CSS = `
nav span{margin-left:1rem;color:var(--muted)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.meta{color:var(--muted)}
.picker{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem}
.picker>div{flex:1 1 20rem;min-width:0}.picker select{width:100%}
.picker label{display:block;font-weight:600;margin-bottom:.25rem}
select{font:inherit;padding:.45rem;max-width:100%;border:1px solid #6b766f;border-radius:.3rem;background:#fff;color:var(--ink)}
button{font:inherit;font-weight:600;padding:.55rem 1.1rem;border-radius:.4rem;border:2px solid var(--green);background:var(--green);color:#fff;cursor:pointer}
button.secondary{background:#fff;color:var(--green)}
button:focus-visible,select:focus-visible,input:focus-visible{outline:3px solid #f2b705;outline-offset:2px}
.part{margin-top:2rem}.part>h2{border-bottom:2px solid var(--green);padding-bottom:.25rem}
.section-note,.note{color:var(--muted);font-size:.95rem;margin:.25rem 0 .5rem}
fieldset.criterion{border:1px solid var(--line);border-radius:.5rem;background:#fff;margin:0 0 1rem;padding:.5rem 1rem .75rem}
fieldset.criterion.needed{border:2px solid #8a4b00}
legend{font-weight:600;padding:0 .35rem}legend .max{font-weight:400;color:var(--muted)}
.case{font-weight:600;margin:.5rem 0 .25rem}
label.option{display:flex;gap:.6rem;align-items:flex-start;padding:.35rem .4rem;border-radius:.3rem;cursor:pointer}
label.option:hover{background:#eef4ee}
label.option input{margin:.3rem 0 0;width:1.1rem;height:1.1rem;flex:none;accent-color:var(--green)}
.option-text{flex:1}.pts{white-space:nowrap;color:var(--muted)}
.marker{white-space:nowrap;background:#fff4d6;color:#5c3d00;border:1px solid #d9b44a;border-radius:1rem;padding:0 .5rem;font-size:.85rem;margin-left:.35rem}
.need{color:#8a4b00;font-weight:600;margin:.25rem 0 0}
.actions{position:sticky;bottom:0;background:var(--bg);padding:.75rem 0;border-top:1px solid var(--line);display:flex;gap:.75rem;flex-wrap:wrap;align-items:center}
.result{background:#fff;border:2px solid var(--green);border-radius:.5rem;padding:.5rem 1.25rem 1rem;margin:1rem 0}
.stars-line{font-size:1.3rem;margin:.5rem 0}.stars{color:#8a6100;font-size:1.9rem;letter-spacing:.1rem;margin-right:.5rem}
.figures{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:.5rem 0}.figures dt{color:var(--muted);font-size:.9rem}.figures dd{margin:0;font-size:1.2rem;font-weight:600}
table{border-collapse:collapse;margin:.5rem 0}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .75rem;text-align:left}td.num,th.num{text-align:right}
.needs li{margin:.25rem 0}
.notice{background:#e8f3ec;border-left:4px solid var(--green);padding:.5rem .75rem;margin:.75rem 0}
.error{background:#fdecea;border-left:4px solid #b3261e;padding:.5rem .75rem;margin:.75rem 0}
.error h2{font-size:1.1rem;margin:.25rem 0}
`;
