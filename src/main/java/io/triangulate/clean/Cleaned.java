package io.triangulate.clean;

import java.util.List;

/**
 * The result of cleaning one article.
 *
 * @param text    the reporting text: kept paragraphs separated by a blank line
 * @param blocks  the paragraphs of {@code text}, in order, with their kind (offsets into {@code text})
 * @param removed what was dropped and why, in order of appearance
 */
public record Cleaned(String text, List<Block> blocks, List<Removed> removed) {
    public Cleaned {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }

    /**
     * The block holding the character at {@code offset} of {@link #text()} (a sentence's start, say), or null
     * when the offset falls between blocks or outside the text.
     */
    public Block blockAt(int offset) {
        int lo = 0, hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block b = blocks.get(mid);
            if (offset < b.start()) hi = mid - 1;
            else if (offset >= b.end()) lo = mid + 1;
            else return b;
        }
        return null;
    }
}
