package io.triangulate.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.triangulate.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, parsed by ROME (external DTDs and entities are never loaded). Each entry
 * becomes an {@link Entry}: an {@link Article} (id from the guid or link, title, published date as written in
 * the feed, link, source from the feed's title or host, text from the content or else the description, cleaned
 * of HTML) and whether its text is only a short summary, for which the linked page is worth fetching.
 */
final class FeedReader {
    /** Texts shorter than this (characters) are summaries rather than articles. */
    static final int SHORT_TEXT = 600;
    /** An entry's full content ({@code content:encoded}, Atom {@code content}) shorter than this is only a teaser. */
    static final int SHORT_CONTENT = 200;

    private FeedReader() {}

    /** One entry of a feed; {@code article.text()} may be empty when the entry has a link but no text. */
    record Entry(Article article, boolean summaryOnly) {}

    /** A parsed feed. */
    record Feed(String title, List<Entry> entries, List<String> problems) {}

    /** The local name of the document's root element ({@code rss}, {@code feed}, {@code RDF}, {@code html}…), or null. */
    static String rootElement(byte[] b) {
        int n = Math.min(b.length, 8192);
        String s = new String(b, 0, n, StandardCharsets.ISO_8859_1);
        int i = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (c != '<') return null;
            if (s.startsWith("<?", i)) { i = skipTo(s, i, "?>"); continue; }
            if (s.startsWith("<!--", i)) { i = skipTo(s, i, "-->"); continue; }
            if (s.startsWith("<!", i)) {
                // a DOCTYPE may hold an internal subset: <!DOCTYPE rss [ <!ENTITY …> ]>
                int gt = s.indexOf('>', i), bracket = s.indexOf('[', i);
                i = bracket >= 0 && (gt < 0 || bracket < gt) ? skipTo(s, bracket - 1, "]>") : skipTo(s, i, ">");
                continue;
            }
            int end = i + 1;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>' && s.charAt(end) != '/') end++;
            String name = s.substring(i + 1, end);
            int colon = name.indexOf(':');
            return colon >= 0 ? name.substring(colon + 1) : name;
        }
        return null;
    }

    private static int skipTo(String s, int from, String end) {
        int j = s.indexOf(end, from + 2);
        return j < 0 ? s.length() : j + end.length();
    }

    /** Whether the bytes are an RSS or Atom document, from the root element. */
    static boolean isFeed(byte[] b) {
        String root = rootElement(b);
        return root != null && (root.equals("rss") || root.equals("feed") || root.equals("RDF"));
    }

    /**
     * Parses a feed.
     *
     * @param contentType the HTTP Content-Type (for the charset), or null for a file
     * @param location    the feed's URL (relative links are resolved against it; its host is the fallback
     *                    source), or null for a file
     * @param origin      what warnings and {@link Article#origin()} name
     */
    static Feed parse(byte[] bytes, String contentType, URI location, String origin) throws BadInput {
        if (!isFeed(bytes)) {
            String root = rootElement(bytes);
            throw new BadInput("not an RSS or Atom feed (" + (root == null ? "not XML" : "root element <" + root + ">") + ")");
        }
        SyndFeed feed;
        try (XmlReader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(bytes), true)
                : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            // old RSS 0.91 feeds carry Netscape's DOCTYPE; ROME never loads external DTDs or entities, nor expands entities
            input.setAllowDoctypes(true);
            feed = input.build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new BadInput("malformed feed: " + oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new BadInput("cannot read the feed: " + oneLine(e.getMessage()));
        }
        Document xml = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
        List<String> rawDates = rawDates(xml);
        List<SyndEntry> entries = feed.getEntries();
        boolean datesAligned = rawDates.size() == entries.size();
        URI base = location;
        if (base == null && feed.getLink() != null) base = absolute(feed.getLink(), null);
        String source = clean(feed.getTitle());
        if (source == null || source.isBlank()) source = host(base);
        String language = language(feed.getLanguage());
        if (language == null) {
            Element root = xml.children().first();
            if (root != null) language = language(root.attr("xml:lang"));
        }
        List<Entry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            URI link = absolute(e.getLink(), base);
            if (link == null && e.getUri() != null && Http.isUrl(e.getUri())) link = absolute(e.getUri(), base);
            String title = clean(e.getTitle());
            boolean hasContent = e.getContents().stream().anyMatch(c -> !plain(c).isBlank());
            String text = text(e);
            LocalDate published = datesAligned ? Dates.parse(rawDates.get(i)) : null;
            if (published == null) published = utcDate(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
            String guid = e.getUri();
            // ROME gives the link as the uri of an RSS item without guid; a relative guid is resolved like a link
            if (guid != null && link != null && (guid.strip().equals(e.getLink() == null ? null : e.getLink().strip())
                    || guid.strip().startsWith("/"))) {
                URI g = absolute(guid, base);
                guid = g == null ? guid : g.toString();
            }
            String key = firstNonBlank(guid, link == null ? null : link.toString());
            if (key == null) {
                if (title == null && text.isBlank()) {
                    problems.add("entry " + (i + 1) + " has no id, link, title or text, skipped");
                    continue;
                }
                key = (source == null ? "" : source) + "\n" + title + "\n" + published + "\n" + text;
            }
            String id = articleId(key);
            if (text.isBlank() && link == null) {
                problems.add("entry '" + (title == null ? id : title) + "' has no text and no link, skipped");
                continue;
            }
            Article a = new Article(id, source, link == null ? null : link.toString(), title, published, language, text,
                    origin + "#" + (i + 1));
            out.add(new Entry(a, text.length() < (hasContent ? SHORT_CONTENT : SHORT_TEXT)));
        }
        return new Feed(clean(feed.getTitle()), out, problems);
    }

    /** The entry's text: its content(s), or else its description, as plain text paragraphs. */
    private static String text(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            String t = plain(c);
            if (!t.isBlank()) {
                if (!sb.isEmpty()) sb.append("\n\n");
                sb.append(t);
            }
        }
        if (sb.isEmpty() && e.getDescription() != null) sb.append(plain(e.getDescription()));
        return sb.toString().strip();
    }

    /** Plain text of feed content: HTML (the usual case, even when undeclared) is reduced to its paragraphs. */
    static String plain(SyndContent c) {
        String v = c.getValue();
        if (v == null) return "";
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) return v.strip();
        return htmlText(v);
    }

    static String htmlText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        String t = HtmlReader.mainText(doc);
        return t.replace('\u00A0', ' ').strip();
    }

    /** The raw date string of each item/entry, in document order (ROME keeps the writer's offset only as an instant). */
    private static List<String> rawDates(Document xml) {
        List<String> out = new ArrayList<>();
        for (Element item : xml.select("item, entry")) {
            String d = null;
            for (String name : new String[] {"pubDate", "published", "dc:date", "issued", "created", "updated", "modified"}) {
                for (Element c : item.children()) {
                    if (c.tagName().equalsIgnoreCase(name) || c.tagName().endsWith(":" + name) && !name.contains(":")) {
                        d = c.text();
                        break;
                    }
                }
                if (d != null && !d.isBlank()) break;
                d = null;
            }
            out.add(d);
        }
        return out;
    }

    /** The first feed an HTML page announces ({@code <link rel="alternate" type="application/rss+xml" href>}), or null. */
    static String announcedFeed(byte[] html, URI page) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), page == null ? "" : page.toString());
        for (Element l : doc.select("link[rel~=(?i)alternate][href]")) {
            String type = l.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom")) {
                String href = l.attr("abs:href");
                if (!href.isBlank()) return href;
            }
        }
        return null;
    }

    /**
     * A stable article id for a feed entry or page: a readable slug of the guid or URL (host and path) and a
     * hash of all of it, so that two different guids never share an id and the same one always gives the same id.
     */
    static String articleId(String key) {
        String k = key.strip();
        String readable = k;
        try {
            URI u = new URI(k);
            if (u.getHost() != null) readable = u.getHost().replaceFirst("^www\\.", "") + (u.getPath() == null ? "" : u.getPath());
        } catch (java.net.URISyntaxException ignored) {
            // a non-URL guid: slugged as it is
        }
        String slug = readable.toLowerCase(Locale.ROOT).replaceAll("\\.(s?html?|php|aspx?)$", "")
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) slug = slug.substring(slug.length() - 60).replaceAll("^-+", "");
        return (slug.isEmpty() ? "entry" : slug) + "-" + hash(k);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static URI absolute(String link, URI base) {
        if (link == null || link.isBlank()) return null;
        try {
            URI u = new URI(link.strip().replace(" ", "%20"));
            if (!u.isAbsolute()) {
                if (base == null) return null;
                u = base.resolve(u);
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? u : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    static String host(URI u) {
        if (u == null || u.getHost() == null) return null;
        String h = u.getHost();
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static String language(String lang) {
        if (lang == null) return null;
        String l = lang.strip();
        return l.length() >= 2 && l.substring(0, 2).matches("[a-zA-Z]{2}") && (l.length() == 2 || l.charAt(2) == '-' || l.charAt(2) == '_')
                ? l.substring(0, 2).toLowerCase(Locale.ROOT) : null;
    }

    private static LocalDate utcDate(Date d) {
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** A title or name as text: entities decoded, tags dropped, white space collapsed. */
    static String clean(String s) {
        if (s == null) return null;
        String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(s).text() : s;
        t = t.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    private static String oneLine(String m) {
        if (m == null) return "unknown error";
        String s = m.replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
