"""A page's text as fetch and diff compare it: the same page laid out by a browser's copy and by
the HTML reader is the same text; a reworded sentence is not."""

from __future__ import annotations

from pathlib import Path

from generator.sources.content import same_text, text_changes
from generator.sources.document import parse_page

BROWSER_COPY = """步骤一:获取 access_token

最近更新时间: 2022-09-07 17:16:18

  • 接口: POST /auth/access_token
  • Content-Type: application/x-www-form-urlencoded

参数类型必填说明
app_keystring开放平台的 AppKey

请求示例

const getAccessToken = async () => {
  const res = await fetch('https://app-gateway.realsee.cn/auth/access_token', {
    method: 'POST',
  });
};
"""

SERVED = """<!doctype html><html><body>
<h3>步骤一:获取 <code>access_token</code></h3>
<p class="meta">最近更新时间: 2026-12-01 08:00:00</p>
<ul><li>接口: <code>POST /auth/access_token</code></li>
<li>Content-Type: <code>application/x-www-form-urlencoded</code></li></ul>
<table><tr><th>参数</th><th>类型</th><th>必填</th><th>说明</th></tr>
<tr><td>app_key</td><td>string</td><td></td><td>开放平台的 AppKey</td></tr></table>
<h4>请求示例</h4>
<pre><code>const getAccessToken = async () =&gt; {
  const res = await fetch('https://app-gateway.realsee.cn/auth/access_token', {
    method: 'POST',
  });
};</code></pre>
</body></html>
"""


def test_the_same_page_laid_out_two_ways_is_the_same_text() -> None:
    """Bullets, inline code, a table run together or in cells, code as lines or in <pre>, a newer stamp."""
    copied = parse_page(Path("page.txt"), BROWSER_COPY)
    served = parse_page(Path("page.html"), SERVED)
    assert same_text(copied, served), text_changes(copied, served)


def test_a_reworded_description_is_a_change_of_text() -> None:
    copied = parse_page(Path("page.txt"), BROWSER_COPY)
    served = parse_page(
        Path("page.html"),
        SERVED.replace("开放平台的 AppKey", "开放平台的 AppKey(已废弃)"),
    )
    assert not same_text(copied, served)
    assert text_changes(copied, served) == [
        "-app_key string 开放平台的 AppKey",
        "+app_key string 开放平台的 AppKey(已废弃)",
    ]
