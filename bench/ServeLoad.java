import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load generator for bench/serve.sh: CLIENTS threads, each with its own keep-alive connection, send REQUESTS
 * POST /api/diagnose requests in all (the facts document FILE as application/yaml) to a server on loopback, and it
 * prints the diagnoses per second and the latency percentiles. It refuses any address but loopback.
 *   java bench/ServeLoad.java URL FILE REQUESTS CLIENTS
 */
public class ServeLoad {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!java.net.InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        int requests = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        URI target = base.resolve("/api/diagnose");
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads[c] = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%,d requests from %d clients in %.2f s: %,.0f diagnoses/s; latency p50 %.2f ms, "
                + "p90 %.2f ms, p99 %.2f ms, max %.2f ms; %d failed%n", requests, clients, seconds, requests / seconds,
                percentile(latencies, 0.50), percentile(latencies, 0.90), percentile(latencies, 0.99),
                latencies[requests - 1] / 1e6, failures.get());
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1e6;
    }
}
