// Shared pieces of the stamp pages: the frame (header, footer, CSS) and the report form with its optional
// script. Everything works without JavaScript; the script only adds the position and the photo.
import { html, SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { STATUS_PANEL_CSS } from '../verification/certificate-status-panel.ts';
import { ByteTemplate, text } from './byte-template.ts';

// The verdict banner: white text on the tone's dark colour (≥ 4.5:1), a symbol and words, never colour alone.
const CSS = `${STATUS_PANEL_CSS}
.verdict{display:flex;gap:.8rem;align-items:center;border-radius:.6rem;padding:1rem 1.2rem;margin:.5rem 0 1rem;color:#fff}
.verdict-symbol{font-size:2.4rem;line-height:1;font-weight:700;flex:none;width:3rem;height:3rem;border:3px solid #fff;border-radius:50%;display:flex;align-items:center;justify-content:center}
.verdict h1{font-size:1.6rem;margin:0;line-height:1.2}.verdict p{margin:.2rem 0 0;font-style:italic}
.verdict-green{background:#1b6e3a}.verdict-amber{background:#8a5a00}.verdict-red{background:#b3261e}.verdict-grey{background:#5f6b66}
.product{display:flex;gap:1rem;align-items:center;margin:1rem 0}.product img{border-radius:.4rem;object-fit:cover;flex:none}
.product h2{margin:0;font-size:1.3rem}.product p{margin:.2rem 0;color:var(--muted)}
.stars{color:#8a6100;letter-spacing:.1rem}
.facts{display:grid;grid-template-columns:minmax(8rem,13rem) 1fr;gap:.4rem 1rem;background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1rem 0}
.facts dt{color:var(--muted)}.facts dd{margin:0;font-weight:600}.en{display:block;font-size:.85rem;font-weight:400;font-style:italic;color:var(--muted)}
.meta{color:var(--muted);font-size:.9rem}code{font-size:1rem}
.report{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1.5rem 0}
.report label{display:block;font-weight:600;margin-top:.7rem}.report input,.report textarea{width:100%;font:inherit;padding:.45rem;border:1px solid #8a958f;border-radius:.3rem}
.report button,.locate{margin-top:.8rem;font:inherit;font-weight:600;padding:.55rem 1rem;border-radius:.4rem;border:0;background:#1b6e3a;color:#fff;cursor:pointer}
.report button:focus-visible,.locate:focus-visible,.report input:focus-visible,.report textarea:focus-visible{outline:3px solid #f2b705;outline-offset:2px}
@media (max-width:34rem){.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.5rem}.verdict h1{font-size:1.3rem}}
`;

const shells = new Map<string, ByteTemplate>();

/** The page around the live part, encoded once per public address. */
function shellOf(publicBaseUrl: string): ByteTemplate {
  const cached = shells.get(publicBaseUrl);
  if (cached) return cached;
  const body = html`<style>${new SafeHtml(CSS)}</style>
<header><a class="brand" href="/">OCOP</a><nav aria-label="Liên kết chính"><a href="/">Trang chủ</a><a href="#bao-cao">Báo cáo vấn đề</a></nav></header>
<main>
${new SafeHtml('@@MAIN@@')}
</main>
<footer><p>Xác minh tem OCOP từ sổ đăng ký sản phẩm OCOP; tình trạng tính tại thời điểm quét. <span lang="en">OCOP stamp verification from the live OCOP registry.</span></p></footer>
${new SafeHtml('@@SCRIPT@@')}`;
  const shell = new ByteTemplate(
    layout({
      lang: 'vi',
      title: '@@TITLE@@',
      description:
        'Xác minh tem OCOP: tem chính hãng hay không, sản phẩm, chủ thể, số sao và hiệu lực chứng nhận.',
      canonicalPath: '@@PATH@@',
      alternatePath: '@@PATH@@',
      publicBaseUrl,
      body,
    }),
  );
  shells.set(publicBaseUrl, shell);
  return shell;
}

/** A whole stamp page as UTF-8 bytes: `main` (safe HTML, or already encoded parts) inside the fixed frame. */
export function stampPage(options: {
  publicBaseUrl: string;
  path: string;
  title: string;
  main: SafeHtml | readonly Buffer[];
  script?: string;
}): Buffer {
  const main = options.main instanceof SafeHtml ? options.main.value : options.main;
  const script = options.script ? `<script>${options.script}</script>` : '';
  const parts = shellOf(options.publicBaseUrl).fill({
    TITLE: text(options.title),
    PATH: text(options.path),
    MAIN: main,
    SCRIPT: script,
  });
  return Buffer.concat(parts);
}

const REPORT_FORM = new ByteTemplate(`<section class="report" id="bao-cao" aria-labelledby="bao-cao-h">
  <h2 id="bao-cao-h">Báo cáo vấn đề <span class="en" lang="en">Report a problem</span></h2>
  <p>Nghi tem giả, tem bị dán lại hoặc sản phẩm không đúng như trên tem? Hãy cho cơ quan OCOP biết. Không bắt buộc để lại liên hệ. <span class="en" lang="en">Suspect a fake or reused stamp? Tell the OCOP office; contact details are optional.</span></p>
  <form method="post" action="/v/@@CODE_PATH@@/bao-cao" id="report-form">
    <input type="hidden" name="code" value="@@CODE@@">
    <label for="note">Mô tả vấn đề <span class="en" lang="en">What is wrong</span></label>
    <textarea id="note" name="note" rows="4" required minlength="5" maxlength="2000"></textarea>
    <label for="place">Nơi mua / nơi thấy sản phẩm <span class="en" lang="en">Where you bought or saw it</span></label>
    <input id="place" name="place" maxlength="300" autocomplete="off">
    <label for="contact">Số điện thoại hoặc e-mail (không bắt buộc) <span class="en" lang="en">Phone or e-mail (optional)</span></label>
    <input id="contact" name="contact" maxlength="200" autocomplete="email">
    <div id="photo-field" hidden>
      <label for="photo">Ảnh chụp (không bắt buộc, tối đa 5 MB) <span class="en" lang="en">Photo (optional, up to 5 MB)</span></label>
      <input id="photo" type="file" accept="image/jpeg,image/png,image/webp,image/heic">
    </div>
    <button type="submit">Gửi báo cáo <span lang="en">/ Send</span></button>
    <p id="report-status" role="status"></p>
  </form>
</section>`);

/** The report form: a plain POST that works without JavaScript; the script adds a photo and the position. */
export function reportForm(code: string | null, codeInput: string): Buffer[] {
  const path = encodeURIComponent(code ?? (codeInput || '-'));
  return REPORT_FORM.fill({ CODE_PATH: text(path), CODE: text(code ?? codeInput) });
}
