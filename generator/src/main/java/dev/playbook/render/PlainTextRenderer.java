package dev.playbook.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.Set;

/**
 * Text runs, escaped in one pass over the page's own string. Flexmark's own renderer unescapes and
 * escapes every run with regular expressions, reading the source a character per call; most runs
 * hold no backslash escape and no entity, so that work changes nothing. Runs that do are left to
 * Flexmark's own code, so the HTML is the same either way.
 */
final class PlainTextRenderer implements NodeRenderer {

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new PlainTextRenderer();
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            String escaped = escaped(source, chars.getStartOffset(), chars.getEndOffset());
            if (escaped != null) {
                html.raw(escaped);
                return;
            }
        }
        html.text(Escaping.normalizeEOL(chars.unescape()));
    }

    /** The text from {@code start} to {@code end} escaped for HTML, or null when it holds an escape, an entity or a CR. */
    static String escaped(String source, int start, int end) {
        StringBuilder out = null;
        int copied = start;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            String entity;
            switch (c) {
                case '\\', '&', '\r' -> {
                    return null;
                }
                case '<' -> entity = "&lt;";
                case '>' -> entity = "&gt;";
                case '"' -> entity = "&quot;";
                default -> {
                    continue;
                }
            }
            if (out == null) {
                out = new StringBuilder(end - start + 16);
            }
            out.append(source, copied, i).append(entity);
            copied = i + 1;
        }
        return out == null ? source.substring(start, end) : out.append(source, copied, end).toString();
    }
}
