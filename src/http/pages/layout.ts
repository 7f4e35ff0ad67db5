import { html, SafeHtml } from './html.ts';

export type Lang = 'vi' | 'en';

const STYLE = `
:root{--green:#1b6e3a;--ink:#1d2521;--muted:#4a5750;--bg:#f7f8f5;--line:#d8ddd6}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
.brand{font-weight:700;color:var(--green);text-decoration:none;font-size:1.2rem}
nav a{margin-left:1rem;color:var(--green)}a:focus-visible{outline:3px solid #f2b705;outline-offset:2px}
h1{font-size:1.9rem;line-height:1.25}.lead{font-size:1.15rem;color:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem;padding:0;list-style:none}
.cards li{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem}
.cards h3{margin-top:0;font-size:1.05rem}footer{color:var(--muted);font-size:.9rem;border-top:1px solid var(--line)}
`;

export function layout(options: {
  lang: Lang;
  title: string;
  description: string;
  canonicalPath: string;
  alternatePath: string;
  publicBaseUrl: string;
  body: SafeHtml;
}): string {
  const other: Lang = options.lang === 'vi' ? 'en' : 'vi';
  const page = html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${options.title}</title>
<meta name="description" content="${options.description}">
<link rel="canonical" href="${options.publicBaseUrl}${options.canonicalPath}">
<link rel="alternate" hreflang="${other}" href="${options.publicBaseUrl}${options.alternatePath}">
<meta property="og:title" content="${options.title}">
<meta property="og:description" content="${options.description}">
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
${options.body}
</body>
</html>`;
  return page.value;
}
