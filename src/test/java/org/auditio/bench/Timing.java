package org.auditio.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** The benchmarks' one way to time a request: warm-up, then the median and 95th percentile of many rounds. */
final class Timing {

    private Timing() {}

    static void report(String what, int rounds, Supplier<?> work) {
        for (int i = 0; i < Math.min(50, rounds); i++) {
            work.get(); // warm-up
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "BENCH %-40s p50 %6.2f ms   p95 %6.2f ms%n",
                what, nanos[rounds / 2] / 1e6, nanos[rounds * 95 / 100] / 1e6);
    }
}
