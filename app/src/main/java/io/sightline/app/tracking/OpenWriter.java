package io.sightline.app.tracking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sightline.db.tracking.OpenRecord;
import io.sightline.db.tracking.PixelService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The group-commit writer: pixel requests hand their opens over and wait; one thread takes whatever has queued up,
 * writes it in one transaction, and only then lets the requests answer. If PostgreSQL can't take a batch, the batch goes
 * to the fsync'd {@link OpenJournal} instead, and later batches follow it there until a replay has emptied the journal,
 * so opens reach the database in order and nothing answered is ever lost. The journal is replayed at start-up and every
 * {@code replay-interval}; on shutdown the queue is drained before the connection pool closes.
 */
@Component
public class OpenWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OpenWriter.class);

    private record Pending(OpenRecord open, CompletableFuture<Void> durable) {}

    private final PixelService pixels;
    private final OpenClassifier classifier;
    private final OpenJournal journal;
    private final ApplicationEventPublisher events;
    private final int batchSize;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final ScheduledExecutorService replayer;
    private final Object writeLock = new Object();
    private final Counter recorded;
    private final Counter journaled;
    private final Counter replayed;
    private final DistributionSummary batches;
    private final Timer commits;
    private volatile boolean running = true;
    private volatile boolean journalPending;

    OpenWriter(
            PixelService pixels,
            OpenClassifier classifier,
            OpenJournal journal,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            TrackingProperties properties) {
        this.pixels = pixels;
        this.classifier = classifier;
        this.journal = journal;
        this.events = events;
        this.batchSize = properties.batchSize();
        this.recorded = meters.counter("sightline.pixel.opens.recorded");
        this.journaled = meters.counter("sightline.pixel.opens.journaled");
        this.replayed = meters.counter("sightline.pixel.opens.replayed");
        this.batches = DistributionSummary.builder("sightline.pixel.batch.size")
                .baseUnit("opens")
                .register(meters);
        this.commits = Timer.builder("sightline.pixel.batch.commit")
                .description("Time to record one batch of opens in PostgreSQL, commit included")
                .register(meters);
        meters.gauge("sightline.pixel.queue.depth", queue, LinkedBlockingQueue::size);
        this.journalPending = !journal.isEmpty();
        this.writer = Thread.ofPlatform().name("open-writer").daemon().unstarted(this::run);
        this.replayer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("open-replayer").daemon().factory());
        replayJournal();
        writer.start();
        var every = properties.replayInterval().toMillis();
        replayer.scheduleWithFixedDelay(this::replayJournal, every, every, TimeUnit.MILLISECONDS);
    }

    /** Queues an open; the future completes once it is committed or journaled. */
    public CompletableFuture<Void> submit(OpenRecord open) {
        var pending = new Pending(open, new CompletableFuture<>());
        if (!running) {
            pending.durable().completeExceptionally(new IllegalStateException("The open writer has stopped"));
            return pending.durable();
        }
        queue.add(pending);
        return pending.durable();
    }

    private void run() {
        var batch = new ArrayList<Pending>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                var first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Open writer failed on a batch of {}", batch.size(), e);
                batch.forEach(p -> p.durable().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        var opens = batch.stream().map(Pending::open).toList();
        batches.record(opens.size());
        synchronized (writeLock) {
            if (!journalPending) {
                try {
                    var started = System.nanoTime();
                    var fresh = pixels.record(opens);
                    commits.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    recorded.increment(opens.size());
                    complete(batch);
                    announce(opens.stream().filter(o -> fresh.contains(o.id())).toList());
                    return;
                } catch (RuntimeException e) {
                    log.warn("PostgreSQL did not take {} opens ({}); journaling them", opens.size(), e.getMessage());
                }
            }
            try {
                journal.append(opens);
                journalPending = true;
                journaled.increment(opens.size());
                complete(batch);
            } catch (java.io.IOException e) {
                log.error("Could not journal {} opens: they are lost", opens.size(), e);
                batch.forEach(p -> p.durable().completeExceptionally(e));
            }
        }
    }

    /**
     * Journals one open straight away, for a request that can't wait for the writer any longer. Later batches follow it
     * into the journal until a replay has emptied it, as after a database failure.
     */
    public void journalNow(OpenRecord open) throws java.io.IOException {
        // No lock: the writer may be stuck in the database. The flag is set after the file exists, and a replay
        // looks again after clearing it, so the file is never left behind unreplayed.
        journal.append(List.of(open));
        journalPending = true;
        journaled.increment();
    }

    /** Moves journaled batches into PostgreSQL, oldest first; stops at the first failure and tries again later. */
    void replayJournal() {
        if (!journalPending) {
            return;
        }
        synchronized (writeLock) {
            try {
                for (var files = journal.pending(); !files.isEmpty(); files = journal.pending()) {
                    for (var file : files) {
                        replay(journal.read(file));
                        journal.remove(file);
                    }
                }
                for (var files = journal.pendingUnresolved(); !files.isEmpty(); files = journal.pendingUnresolved()) {
                    for (var file : files) {
                        replay(resolve(journal.readUnresolved(file)));
                        journal.remove(file);
                    }
                }
                journalPending = false;
                // A request may have journaled an open meanwhile (journalNow takes no lock): look once more.
                if (!journal.isEmpty()) {
                    journalPending = true;
                    return;
                }
                log.info("Journal replayed: opens are going straight to PostgreSQL again");
            } catch (Exception e) {
                log.debug("Journal replay postponed: {}", e.getMessage());
            }
        }
    }

    private void replay(List<OpenRecord> opens) {
        var fresh = pixels.record(opens);
        replayed.increment(opens.size());
        announce(opens.stream().filter(o -> fresh.contains(o.id())).toList());
    }

    /**
     * Finds the emails of opens journaled by token hash, and labels them as the pixel would have. Unknown tokens and
     * workspaces that no longer record opens yield nothing.
     */
    private List<OpenRecord> resolve(List<UnresolvedOpen> unresolved) {
        var opens = new ArrayList<OpenRecord>();
        for (var open : unresolved) {
            var target = pixels.findByHash(open.tokenHash());
            if (target.isEmpty() || !pixels.recordsOpens(target.get().workspaceId())) {
                continue;
            }
            var networks = pixels.memberNetworks(
                    target.get().workspaceId(), open.seen().at().minus(PixelTargets.NEARBY_WINDOW));
            var source = classifier.classify(open.seen(), target.get().createdAt(), networks);
            opens.add(UnresolvedOpen.resolve(open.id(), target.get(), open.seen(), source));
        }
        return opens;
    }

    /** Journals an open whose token could not be looked up; see {@link #journalNow(OpenRecord)} for the flag. */
    public void journalUnresolved(UnresolvedOpen open) throws java.io.IOException {
        journal.appendUnresolved(open);
        journalPending = true;
        journaled.increment();
    }

    private void announce(List<OpenRecord> fresh) {
        if (!fresh.isEmpty()) {
            try {
                events.publishEvent(new OpensRecorded(fresh));
            } catch (RuntimeException e) {
                log.warn("A listener of recorded opens failed", e);
            }
        }
    }

    private static void complete(List<Pending> batch) {
        batch.forEach(p -> p.durable().complete(null));
    }

    public boolean journalPending() {
        return journalPending;
    }

    /** Drains the queue into PostgreSQL (or the journal) before the pixel pool closes. */
    @Override
    public void destroy() throws InterruptedException {
        running = false;
        writer.join(30_000);
        replayer.shutdownNow();
        replayer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
