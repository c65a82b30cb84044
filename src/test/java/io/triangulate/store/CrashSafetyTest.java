package io.triangulate.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Kills a child JVM ingesting into a store at random moments (SIGKILL, no shutdown hooks) and checks
 * that the store opens consistent and holds every article the child had acknowledged.
 */
class CrashSafetyTest {
    @TempDir Path dir;

    @Test void killedIngestLosesNoAcknowledgedArticle() throws Exception {
        int count = 400;
        Random random = new Random(42);
        Set<String> acked = ConcurrentHashMap.newKeySet();
        boolean finished = false;
        int kills = 0;
        for (int round = 0; round < 12 && !finished; round++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), dir.toString(), Integer.toString(count))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int killAfter = 5 + random.nextInt(40);
            int seen = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acked.add(line.substring(4));
                        if (++seen == killAfter && round < 10) {
                            // jitter so the kill lands inside a transaction as often as between two
                            Thread.sleep(random.nextInt(15));
                            p.destroyForcibly();
                            kills++;
                            break;
                        }
                    } else if (line.equals("DONE")) {
                        finished = true;
                    }
                }
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child did not stop");
            try (Store store = Store.open(dir)) {
                assertEquals(List.of(), store.check(), "store consistent after round " + round);
                for (String id : acked) assertTrue(store.article(id).isPresent(), "acknowledged " + id + " lost");
                for (String id : acked) assertNotNull(store.article(id).orElseThrow().story(), id + " has a story");
            }
        }
        assertTrue(kills >= 5, "killed " + kills + " times");
        assertTrue(finished, "the last run finished");
        try (Store store = Store.open(dir)) {
            assertEquals(count, store.stats().articles(), "every article stored exactly once");
            assertEquals(List.of(), store.check());
        }
    }
}
