package io.triangulate.cli;

import io.triangulate.analysis.figures.CasualtySummary;
import io.triangulate.analysis.figures.FigureExtractor;
import io.triangulate.model.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code triangulate figures}: the counted figures of each input (killed, injured, arrested, missing,
 * kidnapped, weapons, other groups) and the killed / injured the text implies for its incident.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Print the figures (casualties, arrests, weapons) of each input as one JSON line: "
                + "{\"id\", \"figures\": [{\"start\", \"end\", \"text\", \"kind\", \"min\", \"max\", \"approximate\", \"object\"}], "
                + "\"killed\", \"injured\"}.")
public final class FiguresCommand extends BatchCommand {
    @Option(names = "--language", description = "language of inputs that do not name one (ISO 639-1; default en)")
    String language = "en";

    private final FigureExtractor extractor = FigureExtractor.create();

    @Override protected Map<String, Object> process(Item item) {
        String lang = item.language() != null && !item.language().isBlank() ? item.language() : language;
        List<Figure> figures = extractor.extract(item.text(), lang);
        CasualtySummary s = FigureExtractor.summarise(figures);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figures", figures);
        m.put("killed", s.killed());
        m.put("injured", s.injured());
        return m;
    }
}
