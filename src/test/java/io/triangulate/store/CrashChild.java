package io.triangulate.store;

import io.triangulate.model.Article;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The child process of {@link CrashSafetyTest}: ingests {@code count} generated articles into the store
 * at {@code dir} and prints {@code ACK id} on standard output after each one is committed.
 */
public final class CrashChild {
    private CrashChild() {}

    static Article generated(int i) {
        String town = Fixtures.TOWNS.keySet().toArray(String[]::new)[i % Fixtures.TOWNS.size()];
        LocalDate d = LocalDate.of(2024, 1, 1).plusDays(i / 3);
        String weapon = i % 2 == 0 ? "two rockets" : "two mortar shells";
        return Fixtures.article("gen-" + i, "https://www.example.com/a/" + i + "?utm_campaign=c", "Report " + i + " from " + town, d,
                "Police said " + weapon + " hit " + town + " yesterday. Report number " + i + " gives details. "
                        + "Residents described the damage at length.".repeat(1 + i % 5));
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (Store store = Store.open(dir)) {
            Ingestion ing = Ingestion.open(store, new Fixtures.FixtureEngine());
            for (int i = 0; i < count; i++) {
                Ingestion.Result r = ing.ingest(generated(i));
                if (r.status() == Ingestion.Status.STORED) out.println("ACK " + r.id());
            }
        }
        out.println("DONE");
    }
}
