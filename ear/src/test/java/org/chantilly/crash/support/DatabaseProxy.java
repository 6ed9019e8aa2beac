package org.chantilly.crash.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the server under test and PostgreSQL, in the test JVM, so that a test can take the database
 * away and give it back: {@link #cut()} closes every relayed connection and stops listening (new connections are
 * refused, as by a database host that is down), {@link #restore()} listens on the same port again.
 */
public final class DatabaseProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public DatabaseProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.listener = listen(0);
        this.port = listener.getLocalPort();
    }

    /** The local port the server under test connects to. */
    public int port() {
        return port;
    }

    /** The database goes away: open connections break, new ones are refused. */
    public synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    /** The database is back, at the same address. */
    public synchronized void restore() throws IOException {
        if (listener == null) {
            listener = listen(port);
        }
    }

    @Override
    public synchronized void close() {
        cut();
    }

    private ServerSocket listen(int localPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort), 50);
        daemon("db-proxy-accept", () -> accept(socket));
        return socket;
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket database = new Socket();
                try {
                    database.connect(target, 5000);
                } catch (IOException e) {
                    closeQuietly(client);
                    closeQuietly(database);
                    continue;
                }
                open.add(client);
                open.add(database);
                if (socket.isClosed()) { // cut while connecting
                    closeQuietly(client);
                    closeQuietly(database);
                    continue;
                }
                daemon("db-proxy-up", () -> relay(client, database));
                daemon("db-proxy-down", () -> relay(database, client));
            } catch (IOException e) {
                // the listener was closed by cut()
            }
        }
    }

    /** Copies one direction until either side ends; then both sockets close (no half-open connections). */
    private void relay(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // a side closed or the proxy cut the connection
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing anyway
            }
        }
    }
}
