package io.sightline.ui.tracking;

import com.vaadin.flow.data.provider.AbstractBackEndDataProvider;
import com.vaadin.flow.data.provider.Query;
import io.sightline.db.base.Actor;
import io.sightline.db.tracking.TrackedEmail;
import io.sightline.db.tracking.TrackedEmailQuery;
import io.sightline.db.tracking.TrackingService;
import java.util.stream.Stream;

/**
 * The grid's rows, paged in SQL: the count from {@link TrackingService#count}, the rows from keyset pages walked by a
 * {@link KeysetPager}. A new query (filter, search) or a refresh starts a new pager, because new emails shift the offsets
 * the old one remembered.
 */
final class TrackedEmailRows extends AbstractBackEndDataProvider<TrackedEmail, Void> {

    private final transient TrackingService tracking;
    private final Actor sender;
    private TrackedEmailQuery query = TrackedEmailQuery.all();
    private KeysetPager<TrackedEmail> pager;

    TrackedEmailRows(TrackingService tracking, Actor sender) {
        this.tracking = tracking;
        this.sender = sender;
        this.pager = newPager();
    }

    TrackedEmailQuery query() {
        return query;
    }

    void query(TrackedEmailQuery query) {
        this.query = query;
        refreshAll();
    }

    @Override
    public void refreshAll() {
        pager = newPager();
        super.refreshAll();
    }

    @Override
    public Object getId(TrackedEmail email) {
        return email.id();
    }

    @Override
    protected Stream<TrackedEmail> fetchFromBackEnd(Query<TrackedEmail, Void> request) {
        return pager.fetch(request.getOffset(), request.getLimit()).stream();
    }

    @Override
    protected int sizeInBackEnd(Query<TrackedEmail, Void> request) {
        return tracking.count(sender, query);
    }

    private KeysetPager<TrackedEmail> newPager() {
        var current = query;
        return new KeysetPager<>((cursor, limit) -> tracking.list(sender, current, limit, cursor));
    }
}
