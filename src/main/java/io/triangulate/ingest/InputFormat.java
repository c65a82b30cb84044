package io.triangulate.ingest;

import java.util.Locale;

/** How input files are read. {@link #AUTO} chooses by file extension. */
public enum InputFormat {
    /** By extension: {@code .jsonl}/{@code .ndjson} → JSONL, {@code .html}/{@code .htm} → HTML,
     *  {@code .rss}/{@code .atom} → FEED ({@code .xml} too when its root element is a feed's), else TEXT; a URL by its
     *  content. */
    AUTO,
    /** One article per file, optional {@code date YYYY-MM-DD} first line. */
    TEXT,
    /** One JSON article per line. */
    JSONL,
    /** One HTML page per file; main text and metadata are extracted. */
    HTML,
    /** An RSS or Atom feed: one article per entry. */
    FEED;

    /**
     * Parses a format name as given on the command line ({@code auto}, {@code text}, {@code jsonl},
     * {@code html}, {@code feed}; case-insensitive; {@code ndjson} is accepted for jsonl, {@code htm} for html,
     * {@code rss} and {@code atom} for feed).
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static InputFormat parse(String name) {
        if (name == null) throw new IllegalArgumentException("input format must be one of auto, text, jsonl, html, feed (got nothing)");
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "text", "txt" -> TEXT;
            case "jsonl", "ndjson" -> JSONL;
            case "html", "htm" -> HTML;
            case "feed", "rss", "atom" -> FEED;
            default -> throw new IllegalArgumentException(
                    "input format must be one of auto, text, jsonl, html, feed (got '" + name + "')");
        };
    }

    /** The concrete format for a file name: this format, or for {@link #AUTO} the one its extension implies. */
    public InputFormat resolve(String fileName) {
        if (this != AUTO) return this;
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return JSONL;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return HTML;
        if (n.endsWith(".rss") || n.endsWith(".atom")) return FEED;
        return TEXT;
    }
}
