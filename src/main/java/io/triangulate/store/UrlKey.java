package io.triangulate.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identity of an article's URL: two URLs that differ only by scheme, {@code www.}, default port,
 * fragment, trailing slash, parameter order or tracking parameters ({@code utm_*}, {@code fbclid},
 * {@code gclid}…) give the same key.
 */
final class UrlKey {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid",
            "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "ref", "ref_src", "ref_url", "cmpid", "ocid", "spm",
            "smid", "sr_share", "share", "utm", "at_medium", "at_campaign", "ito", "__twitter_impression",
            "s_cid", "cid", "mbid", "wt_mc", "xtor", "_hsenc", "_hsmi", "mkt_tok", "rss", "feature");

    private UrlKey() {}

    /** The key of {@code url}, or null when it is null, blank or not a web URL. */
    static String of(String url) {
        if (url == null || url.isBlank()) return null;
        String s = url.strip();
        if (!s.contains("://")) s = "http://" + s;
        URI u;
        try {
            u = new URI(s.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return s.toLowerCase(Locale.ROOT);
        }
        String host = u.getHost();
        if (host == null) return s.toLowerCase(Locale.ROOT);
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        List<String> params = new ArrayList<>();
        if (u.getRawQuery() != null) {
            for (String p : u.getRawQuery().split("&")) {
                if (p.isEmpty()) continue;
                String name = (p.contains("=") ? p.substring(0, p.indexOf('=')) : p).toLowerCase(Locale.ROOT);
                if (name.startsWith("utm_") || name.startsWith("pk_") || TRACKING.contains(name)) continue;
                params.add(p);
            }
        }
        params.sort(null);
        StringBuilder key = new StringBuilder(host);
        if (u.getPort() > 0 && u.getPort() != 80 && u.getPort() != 443) key.append(':').append(u.getPort());
        key.append(path);
        if (!params.isEmpty()) key.append('?').append(String.join("&", params));
        return key.toString();
    }
}
