package dev.playbook.render;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.List;
import java.util.Set;

/**
 * Flexmark's heading parser, in linear time. Flexmark's asks for the text of the paragraph above
 * on every line it looks at, only to learn whether there is one (a setext underline needs it),
 * and that text is put together anew each time: a paragraph or a table of 100,000 lines cost
 * 100,000 times its length (a 10 MB table, minutes; issue 13). Here it learns that for free and
 * reads the lines themselves as before; the parser in use is Flexmark's own, in its place among
 * the block parsers (it replaces {@link HeadingParser.Factory}, which is switched off).
 */
final class LinearHeadings implements CustomBlockParserFactory {

    private final CustomBlockParserFactory core = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = core.apply(options);
        return (state, matched) -> headings.tryStart(state, new ParagraphAbove(matched));
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return core.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return core.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    /** The block matched so far, whose paragraph text says only whether there is a paragraph. */
    private record ParagraphAbove(MatchedBlockParser matched) implements MatchedBlockParser {

        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
