package io.triangulate.analysis.place;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.json.Json;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Country centres from the Natural Earth country outlines of the {@code world-atlas} package (TopoJSON): the
 * area centroid of each country's largest polygon (its mainland), which is what gazetteers give as a country's
 * point (GeoNames: the United States at 39.8 N 98.5 W). Keyed by ISO 3166-1 numeric code.
 */
final class CountryShapes {
    private CountryShapes() {}

    /** ISO numeric code ("818") → {lat, lon}. */
    static Map<String, float[]> centres(byte[] topojson) throws IOException {
        JsonNode root = Json.mapper().readTree(topojson);
        JsonNode tr = root.path("transform");
        double sx = tr.path("scale").path(0).asDouble(1), sy = tr.path("scale").path(1).asDouble(1);
        double tx = tr.path("translate").path(0).asDouble(0), ty = tr.path("translate").path(1).asDouble(0);
        boolean quantized = tr.isObject();
        JsonNode arcsNode = root.path("arcs");
        double[][][] arcs = new double[arcsNode.size()][][];
        for (int a = 0; a < arcsNode.size(); a++) {
            JsonNode arc = arcsNode.get(a);
            double[][] pts = new double[arc.size()][2];
            double x = 0, y = 0;
            for (int p = 0; p < arc.size(); p++) {
                if (quantized) {
                    x += arc.get(p).get(0).asDouble();
                    y += arc.get(p).get(1).asDouble();
                    pts[p][0] = x * sx + tx;
                    pts[p][1] = y * sy + ty;
                } else {
                    pts[p][0] = arc.get(p).get(0).asDouble();
                    pts[p][1] = arc.get(p).get(1).asDouble();
                }
            }
            arcs[a] = pts;
        }
        Map<String, float[]> out = new HashMap<>();
        for (JsonNode geom : root.path("objects").path("countries").path("geometries")) {
            String id = geom.path("id").asText("");
            if (id.isEmpty()) continue;
            String type = geom.path("type").asText();
            JsonNode polys = type.equals("Polygon") ? Json.mapper().createArrayNode().add(geom.path("arcs"))
                    : type.equals("MultiPolygon") ? geom.path("arcs") : null;
            if (polys == null) continue;
            // the mainland, with the islands of comparable size (New Zealand's two islands), weighted by area
            java.util.List<double[]> parts = new java.util.ArrayList<>();
            double largest = 0;
            for (JsonNode poly : polys) {
                double[] c = ringCentroid(ring(poly.get(0), arcs));
                if (c == null) continue;
                parts.add(c);
                largest = Math.max(largest, c[2]);
            }
            double w = 0, lon = 0, lat = 0, lon0 = Double.NaN;
            for (double[] c : parts) {
                if (c[2] < 0.25 * largest) continue;
                double x = c[0];
                if (!Double.isNaN(lon0)) {
                    while (x - lon0 > 180) x -= 360;
                    while (lon0 - x > 180) x += 360;
                } else {
                    lon0 = x;
                }
                lon += x * c[2];
                lat += c[1] * c[2];
                w += c[2];
            }
            if (w > 0) {
                double x = lon / w;
                while (x > 180) x -= 360;
                while (x < -180) x += 360;
                float[] prev = out.get(id);
                if (prev == null || prev[2] < largest) out.put(id, new float[]{(float) (lat / w), (float) x, (float) largest});
            }
        }
        return out;
    }

    private static double[][] ring(JsonNode arcRefs, double[][][] arcs) {
        java.util.List<double[]> pts = new java.util.ArrayList<>();
        for (JsonNode ref : arcRefs) {
            int i = ref.asInt();
            double[][] arc = i >= 0 ? arcs[i] : reversed(arcs[~i]);
            for (int p = pts.isEmpty() ? 0 : 1; p < arc.length; p++) pts.add(arc[p]);
        }
        return pts.toArray(double[][]::new);
    }

    private static double[][] reversed(double[][] a) {
        double[][] r = new double[a.length][];
        for (int i = 0; i < a.length; i++) r[i] = a[a.length - 1 - i];
        return r;
    }

    /** {lon, lat, area} of a ring, on a plane scaled by the cosine of the ring's mean latitude. */
    private static double[] ringCentroid(double[][] ring) {
        if (ring.length < 3) return null;
        // unwrap longitudes across the antimeridian (Russia's Chukotka, Fiji)
        double[][] r = new double[ring.length][];
        double shift = 0;
        for (int i = 0; i < ring.length; i++) {
            if (i > 0) {
                double dx = ring[i][0] + shift - r[i - 1][0];
                if (dx > 180) shift -= 360;
                else if (dx < -180) shift += 360;
            }
            r[i] = new double[]{ring[i][0] + shift, ring[i][1]};
        }
        double lat0 = 0;
        for (double[] p : r) lat0 += p[1];
        lat0 /= r.length;
        double k = Math.cos(Math.toRadians(lat0));
        double a = 0, cx = 0, cy = 0;
        for (int i = 0; i < r.length; i++) {
            double[] p = r[i], q = r[(i + 1) % r.length];
            double x0 = p[0] * k, y0 = p[1], x1 = q[0] * k, y1 = q[1];
            double cross = x0 * y1 - x1 * y0;
            a += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        if (Math.abs(a) < 1e-12) return null;
        return new double[]{cx / (3 * a) / k, cy / (3 * a), Math.abs(a / 2)};
    }
}
