package io.triangulate.ingest;

import io.triangulate.model.Article;
import io.triangulate.model.Warning;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.function.Supplier;

/**
 * Reads articles from files, directories and standard input, as {@code interface.md} ("Inputs") describes.
 *
 * <p>A PATH is a file, a directory (read recursively in sorted order; hidden entries are skipped) or
 * {@code -} for standard input. Formats: {@link InputFormat}. Every problem with one input becomes a
 * {@link Warning} naming the input ({@code path} or {@code path:line}) and the reason, and the rest of the
 * batch is read. Articles are streamed: {@link #read} never holds more than one file (or one JSON line) in
 * memory. Within one call, an id seen before is skipped with a warning (the first wins).
 *
 * <p>Instances are immutable and thread-safe; each call to {@link #read} has its own duplicate-id scope.
 */
public final class Ingestor {
    /** The default largest article (one text or HTML file, or one JSON line): 5 MB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;
    /** The name standard input is reported under. */
    public static final String STDIN = "-";

    private final long maxArticleBytes;
    private final Supplier<InputStream> stdin;

    private Ingestor(Builder b) {
        this.maxArticleBytes = b.maxArticleBytes;
        this.stdin = b.stdin;
    }

    /** An ingestor with the defaults (5 MB per article, {@code System.in} for {@code -}). */
    public static Ingestor create() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    /** Options of an {@link Ingestor}. */
    public static final class Builder {
        private long maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES;
        private Supplier<InputStream> stdin = () -> System.in;

        private Builder() {}

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
     * @param paths    files, directories, or {@code -}
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
            try {
                if (f == InputFormat.JSONL) {
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024)) {
                        jsonl(in, name);
                    }
                    return;
                }
                long size = Files.size(path);
                if (size > maxArticleBytes) {
                    // rejected from its size alone: the content is never read
                    warn(name, "file " + Bytes.tooLarge(size, maxArticleBytes));
                    return;
                }
                byte[] bytes;
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = Bytes.readBounded(in, maxArticleBytes);
                }
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
                } else {
                    single(Bytes.readBounded(in, maxArticleBytes), f, "stdin", STDIN);
                }
            } catch (BadInput e) {
                warn(STDIN, e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                warn(STDIN, "cannot read standard input: " + message(e));
            }
        }

        /** Standard input has no extension: a first non-blank '{' means JSON Lines, '<' means HTML. */
        private InputFormat sniff(InputStream in) throws IOException {
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            int i = 0;
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
            while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) i++;
            if (i < head.length && head[i] == '{') return InputFormat.JSONL;
            if (i < head.length && head[i] == '<') return InputFormat.HTML;
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
