package dev.playbook.index;

import java.util.Map;
import java.util.Optional;

/**
 * Where the index of each block of {@link SearchIndexer#BLOCK_PAGES} pages is kept between
 * builds, by the digest of everything that block's segment is made from (its sections and their
 * order keys, the format, Lucene's version, the analysis): a build after a one-page edit indexes
 * one block again and joins the others as they were. A block's files are those of a one-segment
 * index with Lucene's random ids still in them; {@link StableIndexFiles} makes the joined index's
 * ids stable, so a joined index is byte for byte the one a build from nothing makes.
 */
public interface IndexBlocks {

    /** Keeps nothing: every block is indexed. */
    IndexBlocks NONE = new IndexBlocks() {
        @Override
        public Optional<Map<String, byte[]>> find(String digest) {
            return Optional.empty();
        }

        @Override
        public void keep(String digest, Map<String, byte[]> files) {
        }
    };

    /** The files of the block with this digest, when they are kept and can be trusted. Thread-safe. */
    Optional<Map<String, byte[]>> find(String digest);

    /** Keeps a block just indexed. Thread-safe. */
    void keep(String digest, Map<String, byte[]> files);
}
