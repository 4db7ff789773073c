import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Holds a TCP port for ports-test.sh: listens on the given port until it is killed. */
public class Listen {
    public static void main(String[] args) throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(Integer.parseInt(args[0])));
            System.out.println("listening");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
