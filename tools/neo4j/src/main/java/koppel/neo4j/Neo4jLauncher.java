package koppel.neo4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Dev/test Neo4j Community server: the embedded DBMS with only the Bolt connector on.
 *
 * <p>Configured by environment (the same names neo4j.mjs reads), so the password never shows in
 * `ps`: NEO4J_DATA_DIR (Neo4j home: data/, logs/ go below it), NEO4J_BOLT_PORT, NEO4J_PASSWORD.
 *
 * <p>Once Bolt is up and the password is set, it prints one "ready" line and writes
 * {@code <dataDir>/neo4j.ready}; the Node side waits for that file. SIGTERM shuts down cleanly.
 */
public final class Neo4jLauncher {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("NEO4J_DATA_DIR", ".data/neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    String password = env("NEO4J_PASSWORD", "koppel-dev-password");
    Path ready = home.resolve("neo4j.ready");
    Files.createDirectories(home);
    Files.deleteIfExists(ready);

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(home)
              // The "user log" (startup/shutdown messages) goes to stdout = neo4j.log.
              .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              // Default locks the user for 5 s after 3 bad logins: a test that checks a wrong
              // password would then make the next correct login fail. 0 = no lockout.
              .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
              // No internet here anyway; don't let it try to phone home.
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              // Bolt's Netty pools otherwise wait 2 x 5 s on shutdown, after the stores are closed
              // (zero only costs a harmless "forcefully terminated" WARN in logs/debug.log).
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
              .build();
    } catch (Throwable e) {
      fail("Neo4j failed to start: " + e, e);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    Files.deleteIfExists(ready);
                  } catch (Exception ignored) {
                    // best effort: the Node side also removes it
                  }
                  System.out.println("Neo4j shutting down");
                  dbms.shutdown(); // checkpoints and closes the store: next start needs no recovery
                  System.out.println("Neo4j stopped");
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    String version;
    try {
      setPassword(dbms, password);
      version =
          dbms.database("system")
              .executeTransactionally(
                  "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                  Map.of(),
                  r -> (String) r.next().get("v"));
    } catch (Throwable e) {
      fail("Neo4j started but could not be set up: " + e, e);
      return;
    }

    String uri = "bolt://127.0.0.1:" + port;
    Files.writeString(ready, version + " " + uri + "\n", StandardCharsets.UTF_8);
    System.out.println("Neo4j " + version + " ready on " + uri);
    System.out.flush();
    stopped.await(); // keep main alive until the shutdown hook has finished
  }

  /**
   * Community has one user, neo4j, created with password "neo4j" and "change required". The
   * embedded API runs with full rights, so it can set the password on the system database directly
   * (this is what `neo4j-admin dbms set-initial-password` would do, but it also works on an
   * existing data dir whose password differs).
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to the one it already has: that's fine here.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static void fail(String line, Throwable e) {
    e.printStackTrace();
    System.out.println(line);
    System.out.flush();
    System.exit(1); // runs the shutdown hook, if registered, so the store is closed cleanly
  }
}
