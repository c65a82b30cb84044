package io.triangulate.cli;

import io.triangulate.api.ApiServer;
import io.triangulate.store.Ingestion;
import io.triangulate.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code triangulate serve}: the web page at {@code /} and the REST API under {@code /api}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web interface at / and the REST API under /api (OpenAPI at /api/openapi.json).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions store = new StoreOptions();

    @Option(names = "--port", paramLabel = "N", description = "port (default: 8080; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDR", description = "interface to listen on (default: 127.0.0.1; 0.0.0.0 for all)")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "bearer token that POST /api/articles requires (default: the TRIANGULATE_TOKEN environment variable; none disables writes)")
    String token;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
        String tok = token != null ? token : System.getenv("TRIANGULATE_TOKEN");
        Store s = Store.open(store.db);
        Ingestion ingestion = tok == null || tok.isBlank() ? null : Ingestion.open(s, StoreEngine.create());
        ApiServer server = ApiServer.builder(s).ingestion(ingestion).token(tok).host(host).port(port).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stopped.countDown();
        }, "triangulate-shutdown"));
        var st = s.stats();
        System.err.printf("triangulate: serving %s (%d events, %d stories, %d articles) at http://%s:%d/ — writes %s; Ctrl-C stops%n",
                store.db, st.events(), st.stories(), st.articles(), host.equals("0.0.0.0") ? "localhost" : host, server.port(),
                ingestion == null ? "disabled (no token)" : "enabled with the bearer token");
        stopped.await();
        return Main.OK;
    }
}
