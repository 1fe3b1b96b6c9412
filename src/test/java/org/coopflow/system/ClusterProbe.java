package org.coopflow.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The service task of the test model clusterTimer, one bean per node (TwoNodeClusterIT). Records which node fired
 * each instance's timer. When armed, the first node to fire one blocks there, holding the job's lock, until the
 * test is over: that is the node the test stops.
 */
public class ClusterProbe {

    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static volatile CompletableFuture<String> blocked = new CompletableFuture<>();
    private static volatile CountDownLatch released = new CountDownLatch(1);
    static final Map<String, List<String>> FIRED = new ConcurrentHashMap<>();

    private final String node;

    ClusterProbe(String node) {
        this.node = node;
    }

    public void fire(DelegateExecution execution) {
        if (ARMED.compareAndSet(true, false)) {
            blocked.complete(node);
            awaitRelease();
            throw new IllegalStateException("node " + node + " was stopped while it held this job");
        }
        FIRED.computeIfAbsent(execution.getProcessInstanceId(), id -> new CopyOnWriteArrayList<>()).add(node);
    }

    /** The next firing, on whichever node, blocks; the future tells which node. */
    static CompletableFuture<String> blockNextFiring() {
        blocked = new CompletableFuture<>();
        released = new CountDownLatch(1);
        ARMED.set(true);
        return blocked;
    }

    static void releaseBlocked() {
        ARMED.set(false);
        released.countDown();
    }

    /** Like a stopped machine: interrupts (the stopping application's) do not end the wait. */
    private static void awaitRelease() {
        boolean interrupted = false;
        while (released.getCount() > 0) {
            try {
                released.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
