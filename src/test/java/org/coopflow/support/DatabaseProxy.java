package org.coopflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay on the loopback address between an application and the test database, so a test can make the database
 * unreachable for that application ({@link #cut()}) and bring it back ({@link #restore()}) without stopping the server
 * the other tests share. One per test JVM.
 */
public final class DatabaseProxy {

    private static final Pattern HOST_PORT = Pattern.compile("^jdbc:mysql://([^:/]+):(\\d+)(/.*)$");
    private static DatabaseProxy instance;

    private final String targetHost;
    private final int targetPort;
    private final String pathAndOptions;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private int port;
    private ServerSocket server;

    private DatabaseProxy(String url) {
        Matcher parts = HOST_PORT.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("Not a jdbc:mysql://host:port/... URL: " + url);
        }
        this.targetHost = parts.group(1);
        this.targetPort = Integer.parseInt(parts.group(2));
        this.pathAndOptions = parts.group(3);
    }

    public static synchronized DatabaseProxy instance() {
        if (instance == null) {
            instance = new DatabaseProxy(TestDatabase.url());
            instance.restore();
        }
        return instance;
    }

    /** The test database's URL, through this relay. */
    public String url() {
        return "jdbc:mysql://127.0.0.1:" + port + pathAndOptions;
    }

    /** The database is unreachable: open connections break, new ones are refused. */
    public synchronized void cut() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        server = null;
        sockets.forEach(DatabaseProxy::closeQuietly);
        sockets.clear();
    }

    /** The database is reachable again, on the same port. */
    public synchronized void restore() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = socket.getLocalPort();
            server = socket;
        } catch (IOException e) {
            throw new IllegalStateException("Could not open the database relay", e);
        }
        ServerSocket listening = server;
        Thread acceptor = new Thread(() -> accept(listening), "db-relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket database = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(database);
                pump(client, database);
                pump(database, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException broken) {
                // one side went away: close both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "db-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
