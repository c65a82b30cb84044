package io.triangulate.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap over a measured run: the sum of the heap memory pools' peak usage since {@link #reset()}
 * (pools peak at different moments, so this is an upper bound of the true peak).
 */
public final class HeapMeter {
    private HeapMeter() {}

    /** Collects garbage and resets every heap pool's peak. */
    public static void reset() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Heap in use after a full collection, in MB: what the run still holds live. */
    public static double retainedMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Sum of the heap pools' peaks since the last reset, in MB. */
    public static double peakMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        return sum / (1024.0 * 1024.0);
    }
}
