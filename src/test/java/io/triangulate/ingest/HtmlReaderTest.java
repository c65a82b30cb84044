package io.triangulate.ingest;

import io.triangulate.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HtmlReaderTest {
    @TempDir Path dir;

    private Article read(String name, String html) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, html, StandardCharsets.UTF_8);
        IngestResult r = Ingestor.create().readAll(List.of(p.toString()), InputFormat.AUTO);
        assertTrue(r.warnings().isEmpty(), r.warnings()::toString);
        return r.articles().get(0);
    }

    @Test void metadataFromMetaTagsAndMainTextWithoutPageFurniture() throws IOException {
        Article a = read("quake-report.html", """
                <!doctype html>
                <html lang="en-GB"><head>
                <title>Quake hits coast | Harbour Herald</title>
                <meta property="og:title" content="Strong quake shakes Izmir coast">
                <meta property="og:site_name" content="Harbour Herald">
                <meta property="article:published_time" content="2021-10-30T14:05:00+03:00">
                <link rel="canonical" href="https://www.harbourherald.example/world/izmir-quake">
                <script>var tracking = "Do not read me";</script>
                <style>p { color: red }</style>
                </head><body>
                <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
                <div class="share-bar"><a>Share on Facebook</a><a>Tweet</a></div>
                <article>
                  <h1>Strong quake shakes Izmir coast</h1>
                  <p class="byline">By Staff Reporter</p>
                  <p>A magnitude 6.6 earthquake struck off the coast of Izmir on Saturday afternoon, officials said.</p>
                  <div class="ad-slot"><p>Advertisement: buy shoes now</p></div>
                  <p>At least 14 people were killed and more than 400 injured, according to the disaster agency.</p>
                  <figure><img src="x.jpg"><figcaption>Rescuers at work (Photo: Agency)</figcaption></figure>
                  <blockquote class="twitter-tweet"><p>Rescue teams are on their way to Bayrakli.</p>&mdash; Disaster Agency (@afad_demo) October 30, 2021</blockquote>
                  <p>Rescue teams worked through the night in the Bayrakli district.</p>
                </article>
                <aside><h3>Most read</h3><p>Celebrity news you must see</p></aside>
                <footer><p>© 2021 Harbour Herald. All rights reserved.</p></footer>
                </body></html>
                """);
        assertEquals("quake-report", a.id());
        assertEquals("Strong quake shakes Izmir coast", a.title());
        assertEquals(LocalDate.of(2021, 10, 30), a.published());
        assertEquals("Harbour Herald", a.source());
        assertEquals("https://www.harbourherald.example/world/izmir-quake", a.url());
        assertEquals("en", a.language());
        assertTrue(a.text().startsWith("A magnitude 6.6 earthquake struck off the coast of Izmir"), a.text());
        assertTrue(a.text().contains("At least 14 people were killed"));
        assertTrue(a.text().contains("Rescue teams are on their way to Bayrakli. — Disaster Agency (@afad_demo) October 30, 2021"), a.text());
        assertTrue(a.text().endsWith("Rescue teams worked through the night in the Bayrakli district."), a.text());
        for (String junk : List.of("Home", "Do not read me", "Share on Facebook", "Advertisement", "Most read", "Celebrity",
                "All rights reserved", "Rescuers at work", "By Staff Reporter", "color: red")) {
            assertFalse(a.text().contains(junk), junk);
        }
    }

    @Test void dateFromJsonLdAndOutletFromPublisher() throws IOException {
        Article a = read("b.htm", """
                <html><head><title>Floods in Valencia</title>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                 {"@type":"NewsArticle","headline":"Floods sweep Valencia","datePublished":"2024-10-30T08:00:00Z",
                  "publisher":{"@type":"Organization","name":"Levante Daily"}}]}
                </script></head>
                <body><main><p>Flash floods swept through towns south of Valencia overnight.</p>
                <p>Emergency services said dozens of people were missing.</p></main></body></html>
                """);
        assertEquals(LocalDate.of(2024, 10, 30), a.published());
        assertEquals("Levante Daily", a.source());
        assertEquals("Floods sweep Valencia", a.title());
        assertEquals("Flash floods swept through towns south of Valencia overnight.\n\nEmergency services said dozens of people were missing.", a.text());
    }

    @Test void dateFromTimeElementAndOutletFromHost() throws IOException {
        Article a = read("c.html", """
                <html><head><title>Fire in Porto</title>
                <meta property="og:url" content="https://www.porto-news.example/fire">
                <script type="application/ld+json">{ this is not json }</script></head>
                <body><div id="content"><time datetime="2022-08-15">15 August</time>
                <p>A fire destroyed a warehouse in the port of Porto on Monday.</p>
                <p>No one was hurt, the fire brigade said.</p></div>
                <div class="related-articles"><p>Another story</p></div></body></html>
                """);
        assertEquals(LocalDate.of(2022, 8, 15), a.published());
        assertEquals("porto-news.example", a.source());
        assertEquals("Fire in Porto", a.title());
        assertFalse(a.text().contains("Another story"));
        assertTrue(a.text().contains("No one was hurt"));
    }

    @Test void dateFromTheBylineTextAsLastResort() throws IOException {
        Article a = read("d.html", """
                <html><body><article><p class="byline">By A. Writer | Published March 3, 2023</p>
                <p>Two trains collided near Larissa late on Tuesday.</p></article></body></html>
                """);
        assertEquals(LocalDate.of(2023, 3, 3), a.published());
        assertEquals("Two trains collided near Larissa late on Tuesday.", a.text());
        assertNull(a.source());
    }

    @Test void pageWithoutTextIsAWarning() throws IOException {
        Path p = dir.resolve("empty.html");
        Files.writeString(p, "<html><head><title>Nothing</title></head><body><nav>Home</nav><script>x()</script></body></html>");
        IngestResult r = Ingestor.create().readAll(List.of(p.toString()), InputFormat.AUTO);
        assertTrue(r.articles().isEmpty());
        assertEquals("no article text found in the HTML page", r.warnings().get(0).message());
    }
}
