package quotegraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts Neo4j Community in-process with Bolt on 127.0.0.1 and prints
 * {@code READY bolt://127.0.0.1:PORT} once the default database answers a query.
 * Stops cleanly when standard input closes or on SIGTERM.
 *
 * <p>Options: {@code --port N} (0 or absent: a free port), {@code --dir PATH} (absent: a temp
 * directory removed on exit; given: kept, so a restart sees the same data), {@code --password P}
 * (absent: auth disabled; given: user neo4j with that password).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    int port = 0;
    Path dir = null;
    String password = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--password" -> password = args[++i];
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    if (port == 0) port = freePort();
    boolean temporary = dir == null;
    Path home = temporary ? Files.createTempDirectory("quotegraph-neo4j-") : dir;

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2));
    DatabaseManagementService dbms = builder.build();
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (password != null) {
      GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED",
          java.util.Map.of("p", password));
    }
    db.executeTransactionally("RETURN 1");

    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop = () -> {
      if (stopped.getCount() == 0) return;
      dbms.shutdown();
      if (temporary) deleteQuietly(home);
      stopped.countDown();
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // The parent holds our stdin open; EOF means it is gone, so we must not outlive it.
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    while (in.read(buffer) >= 0) {
      // drain
    }
    stop.run();
    System.out.println("STOPPED");
    System.exit(0);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: a temp directory left behind is harmless
    }
  }
}
