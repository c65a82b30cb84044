package io.triangulate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.json.Json;
import io.triangulate.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * HTML pages: the main text (paragraphs of the article body, without navigation, asides, footers, scripts,
 * share bars and advertisements), the title, the publication date (from {@code <meta>}, then JSON-LD
 * {@code datePublished}, then {@code <time datetime>}) and the outlet ({@code og:site_name}, JSON-LD publisher,
 * or the page's host).
 */
final class HtmlReader {
    private static final String[] DATE_META = {
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=DC.date.issued]",
            "meta[name=dc.date]", "meta[name=dcterms.created]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]",
    };
    private static final Pattern NOISE = Pattern.compile(
            "(?i)(^|[\\s_-])(ad|ads|advert\\w*|advertisement|promo\\w*|sponsor\\w*|share\\w*|social|related|newsletter\\w*|"
                    + "subscri\\w*|cookie\\w*|consent|comments?|sidebar|menu|breadcrumbs?|nav\\w*|footer|masthead|"
                    + "outbrain|taboola|popular|trending|recommend\\w*|byline|author-bio|tags?|paywall|signup)($|[\\s_-])");
    private static final String BLOCKS = "p, h2, h3, h4, blockquote, li, pre";

    private HtmlReader() {}

    static Article read(String id, byte[] bytes, String origin) throws BadInput, IOException {
        return read(id, bytes, null, null, origin);
    }

    /**
     * A page fetched from {@code pageUrl} (relative canonical links are resolved against it, and it is the
     * article's URL when the page names none); {@code charset} from the HTTP Content-Type, or null to
     * detect it from the page.
     */
    static Article read(String id, byte[] bytes, String charset, String pageUrl, String origin) throws BadInput, IOException {
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, pageUrl == null ? "" : pageUrl);
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "abs:href"), attr(doc, "meta[property=og:url]", "content"), pageUrl);
        JsonNode ld = jsonLdArticle(doc);
        String title = firstNonBlank(attr(doc, "meta[property=og:title]", "content"),
                ld == null ? null : text(ld.get("headline")), headline(doc), doc.title());
        LocalDate published = publishedDate(doc, ld);
        if (published == null) published = dateInText(doc);
        String source = firstNonBlank(attr(doc, "meta[property=og:site_name]", "content"),
                ld == null ? null : publisher(ld), attr(doc, "meta[name=application-name]", "content"), host(url));
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        String language = lang.length() >= 2 && lang.substring(0, 2).matches("[a-zA-Z]{2}")
                && (lang.length() == 2 || lang.charAt(2) == '-' || lang.charAt(2) == '_')
                ? lang.substring(0, 2).toLowerCase(Locale.ROOT) : null;
        String text = mainText(doc);
        if (Bytes.isBlank(text)) throw new BadInput("no article text found in the HTML page");
        return new Article(id, source, url, title == null ? null : title.strip(), published, language, text, origin);
    }

    static String mainText(Document doc) {
        Element body = doc.body();
        if (body == null) return "";
        body.select("script, style, noscript, template, nav, aside, footer, form, iframe, "
                + "svg, canvas, button, select, input, figure figcaption, [hidden], [aria-hidden=true], "
                + "[role=navigation], [role=complementary], [role=contentinfo], [role=banner]").remove();
        for (Element h : body.select("header")) {
            if (h.closest("article") == null) h.remove();
        }
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() == null) continue; // already removed with an ancestor
            if (e.is("blockquote.twitter-tweet, blockquote.instagram-media")) continue;
            if (e.is("article, main, body") || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) continue;
            if ((NOISE.matcher(e.className()).find() || NOISE.matcher(e.id()).find())
                    && e.select("p").text().length() < 600) { // a container holding real paragraphs is kept
                e.remove();
            }
        }
        Element main = mainContainer(body);
        List<String> paragraphs = new ArrayList<>();
        for (Element b : main.select(BLOCKS)) {
            if (b.select(BLOCKS).size() > 1 && !b.is("blockquote")) continue; // take the innermost blocks (select includes b)
            if (hasBlockAncestorWithin(b, main)) continue;
            String t = b.wholeText().replaceAll("[ \\t\\u00A0]+", " ").replaceAll("\\s*\\n\\s*", " ").strip();
            if (b.is("blockquote")) t = b.text().strip();
            if (!t.isEmpty()) paragraphs.add(t);
        }
        if (paragraphs.isEmpty()) return main.text();
        return String.join("\n\n", paragraphs);
    }

    private static boolean hasBlockAncestorWithin(Element b, Element main) {
        for (Element p = b.parent(); p != null && p != main; p = p.parent()) {
            if (p.is("blockquote")) return true;
        }
        return false;
    }

    /** The article body: itemprop=articleBody, the longest {@code <article>}, {@code <main>}, or the densest block. */
    private static Element mainContainer(Element body) {
        Element e = body.selectFirst("[itemprop=articleBody]");
        if (e != null) return e;
        Element best = null;
        int bestLen = 0;
        for (Element a : body.select("article")) {
            int len = a.select("p").text().length();
            if (len > bestLen) { best = a; bestLen = len; }
        }
        if (best != null && bestLen > 0) return best;
        e = body.selectFirst("main, [role=main]");
        if (e != null && !e.select("p").isEmpty()) return e;
        // the element whose direct paragraphs hold the most text
        best = body;
        bestLen = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) continue;
            int len = 0;
            for (Element c : parent.children()) if (c.is("p")) len += c.text().length();
            if (len > bestLen) { best = parent; bestLen = len; }
        }
        return best;
    }

    private static LocalDate publishedDate(Document doc, JsonNode ld) {
        for (String sel : DATE_META) {
            LocalDate d = Dates.parse(attr(doc, sel, "content"));
            if (d != null) return d;
        }
        if (ld != null) {
            LocalDate d = Dates.parse(text(ld.get("datePublished")));
            if (d == null) d = Dates.parse(text(ld.get("dateCreated")));
            if (d != null) return d;
        }
        Elements times = doc.select("article time[datetime], time[pubdate][datetime], time[datetime]");
        for (Element t : times) {
            LocalDate d = Dates.parse(t.attr("datetime"));
            if (d != null) return d;
        }
        return null;
    }

    private static final Pattern TEXT_DATE = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+\\d{1,2},\\s+\\d{4}\\b|\\b\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|"
                    + "October|November|December)\\s+\\d{4}\\b");

    /** Last resort: a full date written near the top of the article (a byline's "January 4, 2020"). */
    private static LocalDate dateInText(Document doc) {
        Element scope = doc.selectFirst("article");
        if (scope == null) scope = doc.body();
        if (scope == null) return null;
        String text = scope.text();
        java.util.regex.Matcher m = TEXT_DATE.matcher(text.length() > 600 ? text.substring(0, 600) : text);
        while (m.find()) {
            String v = m.group();
            LocalDate d = Dates.parse(v);
            if (d == null && Character.isDigit(v.charAt(0))) {
                try {
                    d = LocalDate.parse(v, java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
                } catch (java.time.format.DateTimeParseException ignored) {
                    // not a real date
                }
            }
            if (d != null) return d;
        }
        return null;
    }

    /** The JSON-LD object describing the article (a NewsArticle or anything with datePublished). */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = Json.mapper().readTree(s.data());
                JsonNode found = findArticle(n);
                if (found != null) return found;
            } catch (IOException ignored) {
                // malformed JSON-LD is common on the web; the other sources of metadata remain
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode f = findArticle(c);
                if (f != null) return f;
            }
            return null;
        }
        if (!n.isObject()) return null;
        if (n.has("datePublished") || n.path("@type").asText("").endsWith("Article")) return n;
        return findArticle(n.get("@graph"));
    }

    private static String publisher(JsonNode ld) {
        JsonNode p = ld.get("publisher");
        if (p == null) return null;
        if (p.isArray() && !p.isEmpty()) p = p.get(0);
        return p.isTextual() ? p.asText() : text(p.get("name"));
    }

    private static String headline(Document doc) {
        Element h = doc.selectFirst("article h1, h1");
        return h == null ? null : h.text();
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return null;
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        if (e == null) return null;
        String v = e.attr(attr);
        return v.isBlank() ? null : v.strip();
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
        return n.isValueNode() ? n.asText() : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
