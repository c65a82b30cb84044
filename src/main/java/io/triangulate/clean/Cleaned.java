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
}
