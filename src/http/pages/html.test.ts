import { describe, expect, it } from 'vitest';
import { html, SafeHtml } from './html.ts';

describe('html template tag', () => {
  it('escapes interpolated text and keeps nested templates', () => {
    const name = '<script>alert("x")</script> & Hòa';
    const inner = html`<b>${name}</b>`;
    expect(html`<p title="${name}">${inner}${[html`<i>1</i>`, '<2>']}${null}${false}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Hòa"><b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Hòa</b><i>1</i>&lt;2&gt;</p>',
    );
    expect(html`${new SafeHtml('<br>')}`.value).toBe('<br>');
  });
});
