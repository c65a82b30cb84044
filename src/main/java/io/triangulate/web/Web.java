package io.triangulate.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

import java.util.Map;

/**
 * The web page: plain HTML, CSS and JavaScript served from the classpath at {@code /}, Leaflet from its
 * WebJar under {@code /webjars/}, and an offline basemap (Natural Earth countries from world-atlas,
 * unpacked by the build) under {@code /basemap/}. No request leaves the machine: a strict
 * Content-Security-Policy allows only this origin.
 */
public final class Web {
    /** The classpath folder of the page's files. */
    public static final String STATIC = "/io/triangulate/web/static";

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private Web() {}

    /** Adds the page's static files and the WebJars to a Javalin configuration. */
    public static void configure(JavalinConfig cfg) {
        cfg.staticFiles.add(s -> {
            s.hostedPath = "/";
            s.directory = STATIC;
            s.location = Location.CLASSPATH;
            s.headers = HEADERS;
        });
        cfg.staticFiles.enableWebjars();
    }
}
