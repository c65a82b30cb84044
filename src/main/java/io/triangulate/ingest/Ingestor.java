package io.triangulate.ingest;

import io.triangulate.model.Article;
import io.triangulate.model.Warning;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads articles from files, directories and standard input, as {@code interface.md} ("Inputs") describes.
 *
 * <p>A PATH is a file, a directory (read recursively in sorted order; hidden entries are skipped),
 * {@code -} for standard input, or an {@code http(s)://} URL of a feed or a page (the only network use, with
 * the linked pages of summary-only feed entries when {@link Builder#fetchPages} is on). Formats:
 * {@link InputFormat}. Every problem with one input becomes a {@link Warning} naming the input ({@code path},
 * {@code path:line} or a URL) and the reason, and the rest of the batch is read. Articles are streamed:
 * {@link #read} never holds more than one file, feed or download (or one JSON line) in memory. Within one call, an id seen before is skipped with a warning (the first wins).
 *
 * <p>Instances are immutable and thread-safe; each call to {@link #read} has its own duplicate-id scope.
 */
public final class Ingestor {
    /** The default largest article (one text or HTML file, or one JSON line): 5 MB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;
    /** The name standard input is reported under. */
    public static final String STDIN = "-";

    /** The default largest feed (file or download): 20 MB. */
    public static final long DEFAULT_MAX_FEED_BYTES = 20L * 1024 * 1024;

    private final long maxArticleBytes;
    private final long maxFeedBytes;
    private final Supplier<InputStream> stdin;
    private final boolean fetchPages;
    private final Duration connectTimeout;
    private final Duration timeout;
    private final Predicate<Article> known;
    private final Consumer<String> onFetch;
    private volatile Http http;

    private Ingestor(Builder b) {
        this.maxArticleBytes = b.maxArticleBytes;
        this.maxFeedBytes = b.maxFeedBytes;
        this.stdin = b.stdin;
        this.fetchPages = b.fetchPages;
        this.connectTimeout = b.connectTimeout;
        this.timeout = b.timeout;
        this.known = b.known;
        this.onFetch = b.onFetch;
    }

    /** The HTTP client, made on first use: reading only files never starts one. */
    Http http() {
        Http h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) http = new Http(connectTimeout, timeout, Math.max(maxFeedBytes, maxArticleBytes));
                h = http;
            }
        }
        return h;
    }

    /** An ingestor with the defaults (5 MB per article, {@code System.in} for {@code -}). */
    public static Ingestor create() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    /** Options of an {@link Ingestor}. */
    public static final class Builder {
        private long maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES;
        private long maxFeedBytes = DEFAULT_MAX_FEED_BYTES;
        private Supplier<InputStream> stdin = () -> System.in;
        private boolean fetchPages;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(30);
        private Predicate<Article> known = a -> false;
        private Consumer<String> onFetch = url -> { };

        private Builder() {}

        /** Told each URL just before it is requested (for progress reports); default: nothing. */
        public Builder onFetch(Consumer<String> listener) {
            this.onFetch = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The largest accepted feed in bytes, a file or a download (default 20 MB). */
        public Builder maxFeedBytes(long bytes) {
            if (bytes < 1) throw new IllegalArgumentException("maxFeedBytes must be positive, got " + bytes);
            this.maxFeedBytes = bytes;
            return this;
        }

        /**
         * Whether a feed entry that holds only a short summary (or no text) is completed by fetching its linked
         * page and extracting the page's main text (default false: no request beyond the URLs given).
         */
        public Builder fetchPages(boolean fetch) {
            this.fetchPages = fetch;
            return this;
        }

        /**
         * Timeouts of every HTTP request: to connect, and for the request until its headers and again for reading
         * its body (defaults 10 s and 30 s).
         */
        public Builder timeouts(Duration connect, Duration request) {
            if (connect.isNegative() || connect.isZero() || request.isNegative() || request.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
            this.connectTimeout = connect;
            this.timeout = request;
            return this;
        }

        /**
         * Feed entries already stored: an entry this accepts is neither returned nor has its page fetched
         * (default: none). Files and pages given directly are always returned.
         */
        public Builder skipKnownEntries(Predicate<Article> known) {
            this.known = Objects.requireNonNull(known, "known");
            return this;
        }

        /** The largest accepted article in bytes (a text or HTML file, or one JSON line). */
        public Builder maxArticleBytes(long bytes) {
            if (bytes < 1) throw new IllegalArgumentException("maxArticleBytes must be positive, got " + bytes);
            this.maxArticleBytes = bytes;
            return this;
        }

        /** Where {@code -} reads from (default {@code System.in}). */
        public Builder stdin(Supplier<InputStream> stdin) {
            this.stdin = Objects.requireNonNull(stdin, "stdin");
            return this;
        }

        public Ingestor build() { return new Ingestor(this); }
    }

    /**
     * Reads every input, streaming each accepted article and each warning to its consumer, in input order.
     *
     * @param paths    files, directories, {@code -}, or http(s) URLs of feeds and pages
     * @param format   how to read files ({@link InputFormat#AUTO}: by extension)
     * @param articles receives each accepted article
     * @param warnings receives each problem (the input it names and a one-line reason)
     */
    public void read(List<String> paths, InputFormat format, Consumer<Article> articles, Consumer<Warning> warnings) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(warnings, "warnings");
        new Run(format, articles, warnings).all(paths);
    }

    /** Reads every input into memory: convenient for small batches and tests. */
    public IngestResult readAll(List<String> paths, InputFormat format) {
        List<Article> articles = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        read(paths, format, articles::add, warnings::add);
        return new IngestResult(articles, warnings);
    }

    /**
     * One poll of a feed URL for {@link FeedWatcher}: a conditional GET with the validators of the last poll; a
     * 304 is returned with no entry read. Entries go to {@code articles} as {@link #read} gives them.
     *
     * @throws BadInput the one-line reason the feed could not be read (network, HTTP status, not a feed, too large)
     */
    Http.Response pollFeed(URI uri, Http.Validators prior, Consumer<Article> articles, Consumer<Warning> warnings) throws BadInput {
        onFetch.accept(uri.toString());
        Http.Response r = http().get(uri, prior);
        if (r.notModified()) return r;
        if (!FeedReader.isFeed(r.body())) {
            kind(r); // neither a feed nor a page: says what it is
            String announced = FeedReader.announcedFeed(r.body(), r.uri());
            throw new BadInput("an HTML page, not an RSS or Atom feed"
                    + (announced == null ? "" : " (the page announces the feed " + announced + ")"));
        }
        new Run(InputFormat.FEED, articles, warnings).feed(r.body(), r.contentType(), r.uri(), uri.toString());
        return r;
    }

    /** The state of one {@link #read} call. */
    private final class Run {
        private final InputFormat format;
        private final Consumer<Article> articles;
        private final Consumer<Warning> warnings;
        private final Map<String, String> firstOrigin = new HashMap<>();
        /** Directories entered, by real path: a symbolic link back up the tree is not followed twice. */
        private final java.util.Set<Path> entered = new java.util.HashSet<>();

        Run(InputFormat format, Consumer<Article> articles, Consumer<Warning> warnings) {
            this.format = format;
            this.articles = articles;
            this.warnings = warnings;
        }

        void all(List<String> paths) {
            for (String p : paths) {
                if (p == null || p.isBlank()) {
                    warn(String.valueOf(p), "empty path");
                } else if (p.equals(STDIN)) {
                    stdin();
                } else if (Http.isUrl(p)) {
                    url(p.strip());
                } else {
                    path(Path.of(p), p, true);
                }
            }
        }

        private void warn(String input, String reason) {
            warnings.accept(new Warning(input, reason));
        }

        private void accept(Article a) {
            String prev = firstOrigin.putIfAbsent(a.id(), a.origin() == null ? "" : a.origin());
            if (prev != null) {
                warn(a.origin(), "duplicate id '" + a.id() + "' (first read from " + prev + "), skipped");
                return;
            }
            articles.accept(a);
        }

        private void path(Path path, String name, boolean explicit) {
            if (Files.isDirectory(path)) {
                directory(path, name);
            } else if (Files.isRegularFile(path)) {
                file(path, name);
            } else if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                warn(name, "no such file or directory");
            } else if (Files.isSymbolicLink(path)) {
                warn(name, "broken symbolic link");
            } else if (explicit) {
                warn(name, "not a regular file or directory");
            }
        }

        private void directory(Path dir, String name) {
            try {
                if (!entered.add(dir.toRealPath())) {
                    warn(name, "directory already read (a symbolic link loop?), skipped");
                    return;
                }
            } catch (IOException e) {
                // the listing below reports the problem
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path e : ds) {
                    if (!e.getFileName().toString().startsWith(".")) entries.add(e);
                }
            } catch (AccessDeniedException e) {
                warn(name, "cannot read directory: permission denied");
                return;
            } catch (NotDirectoryException | NoSuchFileException e) {
                warn(name, "no such directory");
                return;
            } catch (IOException | UncheckedIOException e) {
                warn(name, "cannot read directory: " + message(e));
                return;
            }
            entries.sort(null);
            for (Path e : entries) path(e, join(name, e.getFileName().toString()), false);
        }

        private static String join(String dir, String child) {
            return dir.endsWith("/") || dir.endsWith(java.io.File.separator) ? dir + child : dir + java.io.File.separator + child;
        }

        private void file(Path path, String name) {
            String fileName = path.getFileName().toString();
            InputFormat f = format.resolve(fileName);
            boolean xml = format == InputFormat.AUTO && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
            try {
                if (f == InputFormat.JSONL) {
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024)) {
                        jsonl(in, name);
                    }
                    return;
                }
                long limit = f == InputFormat.FEED || xml ? Math.max(maxFeedBytes, maxArticleBytes) : maxArticleBytes;
                long size = Files.size(path);
                if (size > limit) {
                    // rejected from its size alone: the content is never read
                    warn(name, "file " + Bytes.tooLarge(size, limit));
                    return;
                }
                byte[] bytes;
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = Bytes.readBounded(in, limit);
                }
                if (xml) f = FeedReader.isFeed(bytes) ? InputFormat.FEED : InputFormat.TEXT;
                if (f == InputFormat.FEED) {
                    feed(bytes, null, null, name);
                    return;
                }
                if (bytes.length > maxArticleBytes) throw new BadInput("file " + Bytes.tooLarge(bytes.length, maxArticleBytes));
                single(bytes, f, stripExtension(fileName), name);
            } catch (AccessDeniedException e) {
                warn(name, "cannot read file: permission denied");
            } catch (BadInput e) {
                warn(name, e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                warn(name, "cannot read file: " + message(e));
            }
        }

        private void stdin() {
            try {
                InputStream in = new BufferedInputStream(stdin.get(), 64 * 1024);
                InputFormat f = format;
                if (f == InputFormat.AUTO) f = sniff(in);
                if (f == InputFormat.JSONL) {
                    jsonl(in, STDIN);
                } else if (f == InputFormat.FEED) {
                    feed(Bytes.readBounded(in, maxFeedBytes), null, null, STDIN);
                } else {
                    single(Bytes.readBounded(in, maxArticleBytes), f, "stdin", STDIN);
                }
            } catch (BadInput e) {
                warn(STDIN, e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                warn(STDIN, "cannot read standard input: " + message(e));
            }
        }

        /** Standard input has no extension: a first non-blank '{' means JSON Lines, '<' a feed or else HTML. */
        private InputFormat sniff(InputStream in) throws IOException {
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            int i = 0;
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
            while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) i++;
            if (i < head.length && head[i] == '{') return InputFormat.JSONL;
            if (i < head.length && head[i] == '<') return FeedReader.isFeed(head) ? InputFormat.FEED : InputFormat.HTML;
            return InputFormat.TEXT;
        }

        private void single(byte[] bytes, InputFormat f, String id, String name) throws BadInput, IOException {
            if (bytes.length == 0) throw new BadInput("empty file");
            Bytes.checkText(bytes, 0, bytes.length);
            Article a;
            if (f == InputFormat.HTML) {
                a = HtmlReader.read(id, bytes, name);
            } else {
                String text = Bytes.utf8(bytes, 0, bytes.length);
                a = TextReader.read(id, text, name, reason -> warn(name, reason));
            }
            accept(a);
        }

        /** A URL given as a PATH: a feed, or a page, or (with an explicit format) what the format says. */
        private void url(String p) {
            try {
                URI u = Http.uri(p);
                onFetch.accept(p);
                Http.Response r = http().get(u, null);
                InputFormat f = format == InputFormat.AUTO ? kind(r) : format;
                switch (f) {
                    case FEED -> feed(r.body(), r.contentType(), r.uri(), p);
                    case HTML -> accept(page(r, p));
                    case JSONL -> jsonl(new java.io.ByteArrayInputStream(r.body()), p);
                    default -> {
                        if (r.body().length > maxArticleBytes) throw new BadInput("response " + Bytes.tooLarge(r.body().length, maxArticleBytes));
                        single(r.body(), InputFormat.TEXT, FeedReader.articleId(r.uri().toString()), p);
                    }
                }
            } catch (BadInput e) {
                warn(p, e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                warn(p, "cannot read: " + message(e));
            }
        }

        /** A page fetched by URL, as an article: the page's canonical URL (or the fetched one) gives its id. */
        private Article page(Http.Response r, String name) throws BadInput, IOException {
            if (r.body().length == 0) throw new BadInput("empty page");
            if (r.body().length > maxArticleBytes) throw new BadInput("page " + Bytes.tooLarge(r.body().length, maxArticleBytes));
            Bytes.checkText(r.body(), 0, r.body().length);
            Article a = HtmlReader.read("page", r.body(), charset(r.contentType()), r.uri().toString(), name);
            String id = FeedReader.articleId(a.url() != null ? a.url() : r.uri().toString());
            return new Article(id, a.source(), a.url(), a.title(), a.published(), a.language(), a.text(), a.origin());
        }

        /** The entries of a feed, each completed from its page when asked and only a summary. */
        void feed(byte[] bytes, String contentType, URI location, String name) throws BadInput {
            if (bytes.length == 0) throw new BadInput("empty feed");
            FeedReader.Feed feed = FeedReader.parse(bytes, contentType, location, name);
            for (String problem : feed.problems()) warn(name, problem);
            if (feed.entries().isEmpty() && feed.problems().isEmpty()) {
                warn(name, "the feed has no entries");
                return;
            }
            for (FeedReader.Entry e : feed.entries()) {
                Article a = e.article();
                if (known.test(a)) continue;
                if (e.summaryOnly() && fetchPages && a.url() != null) {
                    a = completed(a);
                } else if (a.text().isBlank()) {
                    warn(a.origin(), "entry '" + label(a) + "' has no text (pass --fetch-pages to read its page at " + a.url() + "), skipped");
                    a = null;
                }
                if (a != null) accept(a);
            }
        }

        /** The entry with its page's main text when the page says more than the feed; the summary when the page fails. */
        private Article completed(Article a) {
            try {
                URI pageUri = Http.uri(a.url());
                onFetch.accept(a.url());
                Http.Response r = http().get(pageUri, null);
                if (!looksLikeHtml(r)) throw new BadInput("not an HTML page (Content-Type: " + r.contentType() + ")");
                Article page = page(r, a.url());
                String text = page.text().length() > a.text().length() ? page.text() : a.text();
                return new Article(a.id(), a.source() != null ? a.source() : page.source(), a.url(),
                        a.title() != null ? a.title() : page.title(), a.published() != null ? a.published() : page.published(),
                        a.language() != null ? a.language() : page.language(), text, a.origin());
            } catch (BadInput | IOException | UncheckedIOException e) {
                String reason = e instanceof BadInput ? e.getMessage() : message(e);
                boolean keep = !a.text().isBlank();
                warn(a.url(), "cannot read the page of feed entry '" + label(a) + "': " + reason
                        + (keep ? "; kept the feed's summary" : "; skipped"));
                return keep ? a : null;
            }
        }

        private static String label(Article a) {
            return a.title() != null ? a.title() : a.id();
        }

        private void jsonl(InputStream in, String name) throws IOException {
            in.mark(Bytes.SNIFF);
            byte[] head = in.readNBytes(Bytes.SNIFF);
            in.reset();
            if (head.length == 0) {
                warn(name, "empty file");
                return;
            }
            try {
                Bytes.checkText(head, 0, head.length);
            } catch (BadInput e) {
                warn(name, e.getMessage());
                return;
            }
            LineReader lines = new LineReader(in, maxArticleBytes);
            int accepted = 0, seen = 0;
            for (LineReader.Line line; (line = lines.next()) != null; ) {
                String where = name + ":" + line.number();
                if (line.overflow()) {
                    seen++;
                    warn(where, "line " + Bytes.tooLarge(line.length(), maxArticleBytes));
                    continue;
                }
                try {
                    String json = Bytes.utf8(line.bytes(), 0, line.bytes().length);
                    if (Bytes.isBlank(json)) continue;
                    seen++;
                    if (json.indexOf('\0') >= 0) throw new BadInput("binary data (NUL bytes) in the line");
                    accept(JsonlReader.read(json, where, reason -> warn(where, reason)));
                    accepted++;
                } catch (BadInput e) {
                    warn(where, e.getMessage());
                }
            }
            if (seen == 0) warn(name, "no articles (only blank lines)");
        }
    }

    /** What a fetched document is, from its root element and Content-Type; neither a feed nor a page is an error. */
    static InputFormat kind(Http.Response r) throws BadInput {
        if (FeedReader.isFeed(r.body())) return InputFormat.FEED;
        if (looksLikeHtml(r)) return InputFormat.HTML;
        String ct = r.contentType() == null ? "none" : r.contentType();
        String root = FeedReader.rootElement(r.body());
        throw new BadInput("not an RSS/Atom feed or an HTML page (Content-Type: " + ct
                + (root != null ? ", root element <" + root + ">" : "") + ")");
    }

    static boolean looksLikeHtml(Http.Response r) {
        String ct = r.contentType() == null ? "" : r.contentType().toLowerCase(java.util.Locale.ROOT);
        if (ct.startsWith("text/html") || ct.startsWith("application/xhtml")) return true;
        String root = FeedReader.rootElement(r.body());
        return root != null && root.equalsIgnoreCase("html") && (ct.isEmpty() || ct.contains("xml") || ct.startsWith("text/"));
    }

    static String charset(String contentType) {
        if (contentType == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)").matcher(contentType);
        if (!m.find()) return null;
        try {
            return java.nio.charset.Charset.isSupported(m.group(1)) ? m.group(1) : null;
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return null;
        }
    }

    static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
