package org.reliefdesk;

import org.reliefdesk.cli.ReliefDeskCli;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketPermission;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The child JVM of {@link OfflineRunTest}: makes every way of reaching the network fail and be recorded (socket,
 * server and datagram factories, URL handlers for network protocols, and a security manager refusing every socket
 * permission, which also covers NIO channels and name look-ups), then runs the real command line end to end:
 * generate a DOJ file, import and evaluate it with the results bundle, and export workbook, motion, orders and notice.
 * Prints what it saw; the test reads it. Arguments: the work folder and the office details file.
 */
public final class OfflineRun {
    private static final List<String> USES = new CopyOnWriteArrayList<>();
    private static volatile boolean control;
    /**
     * The JDK's own font configuration (used by POI to size workbook columns) asks for the machine's name
     * ({@code InetAddress.getLocalHost}) to name its font cache file. A refused check makes the JDK use "localhost";
     * it is counted apart, by its exact caller, and anything else is a network use.
     */
    private static final List<String> FONT_CACHE_NAME_LOOKUPS = new CopyOnWriteArrayList<>();

    private OfflineRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String office = args[1];
        guard();
        int generated = ReliefDeskCli.run("generate-test-data", "--county", "SACRAMENTO", "--target-size", "3000",
                "--seed", "11", "--outputs", dir.resolve("doj.csv").toString());
        int ran = ReliefDeskCli.run("run", "--input-doj", dir.resolve("doj.csv").toString(), "--county",
                "SACRAMENTO", "--compute-at", "2020-07-01", "--preset", "bear-default", "--outputs",
                dir.resolve("out").toString(), "--workspace", dir.resolve("w.reliefdesk").toString());
        int exported = ReliefDeskCli.run("export", "--workspace", dir.resolve("w.reliefdesk").toString(), "--xlsx",
                dir.resolve("papers/results.xlsx").toString(), "--motion", dir.resolve("papers/motion.pdf").toString(),
                "--orders", dir.resolve("papers/orders.pdf").toString(), "--notice",
                dir.resolve("papers/notice.pdf").toString(), "--office", office);
        System.out.println("EXIT " + generated + " " + ran + " " + exported);
        System.out.println("NETWORK-USES " + USES.size() + " " + USES);
        System.out.println("FONT-CACHE-NAME-LOOKUPS " + FONT_CACHE_NAME_LOOKUPS.size());
        // the control: a real attempt is caught and recorded, so zero above means none was made
        int before = USES.size();
        control = true;
        try (Socket s = new Socket("127.0.0.1", 9)) {
            System.out.println("CONTROL-CAUGHT false (connected: " + s.isConnected() + ")");
        } catch (RuntimeException | IOException e) {
            System.out.println("CONTROL-CAUGHT " + (USES.size() > before));
        }
    }

    private static RuntimeException refuse(String what) {
        if (USES.isEmpty() && !control) {
            new Throwable("first network use: " + what).printStackTrace(System.out); // where, for whoever mends it
        }
        USES.add(what);
        return new SecurityException("network use refused: " + what);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void guard() throws IOException {
        Socket.setSocketImplFactory(() -> {
            throw refuse("Socket");
        });
        ServerSocket.setSocketFactory(() -> {
            throw refuse("ServerSocket");
        });
        DatagramSocket.setDatagramSocketImplFactory(() -> {
            throw refuse("DatagramSocket");
        });
        URL.setURLStreamHandlerFactory(protocol -> switch (protocol) {
            case "http", "https", "ftp", "ldap", "mailto", "netdoc" -> new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL u) {
                    throw refuse("URL " + u.getProtocol());
                }
            };
            default -> null; // file:, jar:, jrt: stay as they are (resources, fonts)
        });
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission p) {
                if (p instanceof SocketPermission) {
                    if (p.getActions().equals("resolve") && StackWalker.getInstance().walk(frames -> frames.anyMatch(
                            f -> f.getClassName().equals("sun.font.FcFontConfiguration")
                                    && f.getMethodName().equals("getFcInfoFile")))) {
                        FONT_CACHE_NAME_LOOKUPS.add(p.getName());
                        throw new SecurityException("the machine's name is not looked up");
                    }
                    throw refuse("SocketPermission " + p.getActions());
                }
            }

            @Override
            public void checkPermission(Permission p, Object context) {
                checkPermission(p);
            }
        });
    }
}
