package org.parley.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.serve.Server;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"The REST API (and the dashboard) over the store, until interrupted.",
        "Writes (POST /api/v1/documents) need Authorization: Bearer $PARLEY_TOKEN; without PARLEY_TOKEN they are off."})
final class ServeCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Mixin
  CommonOptions options;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 = any).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--private-reads", description = "Reads need the token too.")
  boolean privateReads;

  @Override
  public Integer call() throws Exception {
    String token = System.getenv("PARLEY_TOKEN");
    try (Store s = Store.open(store.db);
         Server server = Server.start(s, Pipelines.analyze(),
             new Server.Config(host, port, token, !privateReads, options.sourceOptions()))) {
      System.out.println("Parley is serving " + store.db + " at http://" + host + ":" + server.port() + "/");
      System.out.println("API: http://" + host + ":" + server.port() + "/api/v1/openapi.json"
          + (token == null ? "  (writes off: PARLEY_TOKEN is not set)" : ""));
      System.out.flush();
      CountDownLatch done = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(done::countDown));
      done.await();
    }
    return Parley.OK;
  }
}
