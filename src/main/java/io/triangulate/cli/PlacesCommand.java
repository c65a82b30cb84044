package io.triangulate.cli;

import io.triangulate.analysis.place.Gazetteer;
import io.triangulate.analysis.place.PlaceExtractor;
import io.triangulate.model.PlaceMention;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code triangulate places}: every place name in each input, resolved against GeoNames. Prints
 * {@code {"id", "places": [{"start", "end", "text", "name", "country", "lat", "lon", "geonamesId", …}]}} per input.
 */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Find and resolve the place names of each text (JSON Lines in, one JSON line out per input).")
public final class PlacesCommand extends BatchCommand {
    private PlaceExtractor extractor;

    @Override protected Map<String, Object> process(Item item) {
        if (extractor == null) extractor = new PlaceExtractor(Gazetteer.shared());
        List<Map<String, Object>> places = new ArrayList<>();
        for (PlaceMention m : extractor.extract(item.text(), item.language())) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("start", m.start());
            p.put("end", m.end());
            p.put("text", m.text());
            p.put("name", m.place().name());
            p.put("country", m.place().country());
            p.put("lat", Math.round(m.place().lat() * 1e5) / 1e5);
            p.put("lon", Math.round(m.place().lon() * 1e5) / 1e5);
            p.put("geonamesId", m.place().geonamesId());
            p.put("admin1", m.place().admin1());
            p.put("kind", m.place().kind().name());
            p.put("demonym", m.demonym());
            p.put("facility", m.facility());
            p.put("score", m.score());
            places.add(p);
        }
        return Map.of("places", places);
    }
}
