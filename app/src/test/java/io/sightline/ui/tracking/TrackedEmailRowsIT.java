package io.sightline.ui.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.Workspaces;
import io.sightline.db.base.Actor;
import io.sightline.db.base.Role;
import io.sightline.db.tracking.NewTrackedEmail;
import io.sightline.db.tracking.TrackedEmail;
import io.sightline.db.tracking.TrackedEmailQuery;
import io.sightline.db.tracking.TrackingService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The grid's data provider against the real service: offsets served by keyset pages, filters applied in SQL. */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackedEmailRowsIT {

    static final int EMAILS = 230;

    @LocalServerPort
    int port;

    @Autowired
    TrackingService tracking;

    Actor sender;
    List<UUID> oldestFirst;
    List<UUID> newestFirst;

    @BeforeAll
    void aSenderWithManyTrackedEmails() {
        var api = new ApiClient(port);
        var owner = new Workspaces(api).signUp();
        assertThat(api.put("/api/v1/admin/plan", owner.token(), ApiClient.json("plan", "PROFESSIONAL"))
                        .status())
                .isEqualTo(200);
        sender = new Actor(UUID.fromString(owner.workspaceId()), UUID.fromString(owner.userId()), Role.ADMIN);
        var created = new ArrayList<UUID>();
        for (int i = 0; i < EMAILS; i++) {
            var subject = (i % 10 == 0 ? "Invoice " : "Note ") + i;
            created.add(tracking.create(
                            sender, new NewTrackedEmail(subject, List.of("r" + i + "@example.com"), null, false))
                    .email()
                    .id());
        }
        oldestFirst = List.copyOf(created);
        newestFirst = oldestFirst.reversed();
    }

    @Test
    void every_offset_the_grid_asks_for_gets_the_rows_at_that_position_newest_first() {
        var rows = new TrackedEmailRows(tracking, sender);

        assertThat(rows.size(new Query<>())).isEqualTo(EMAILS);
        assertThat(ids(rows, 0, 50)).isEqualTo(newestFirst.subList(0, 50));
        assertThat(ids(rows, 50, 50)).isEqualTo(newestFirst.subList(50, 100));
        assertThat(ids(rows, 200, 50)).isEqualTo(newestFirst.subList(200, EMAILS));
        assertThat(ids(rows, 125, 30)).isEqualTo(newestFirst.subList(125, 155));
        assertThat(ids(rows, 0, 10)).isEqualTo(newestFirst.subList(0, 10));
    }

    @Test
    void a_search_counts_and_pages_only_the_matching_rows() {
        var rows = new TrackedEmailRows(tracking, sender);
        rows.query(new TrackedEmailQuery(null, "invoice"));

        var expected = IntStream.range(0, EMAILS)
                .filter(i -> i % 10 == 0)
                .mapToObj(oldestFirst::get)
                .toList()
                .reversed();
        assertThat(rows.size(new Query<>())).isEqualTo(expected.size());
        assertThat(ids(rows, 0, 50)).isEqualTo(expected);
    }

    @Test
    void muting_moves_an_email_into_the_muted_filter_and_a_refresh_sees_it() {
        var rows = new TrackedEmailRows(tracking, sender);
        rows.query(new TrackedEmailQuery(TrackedEmailQuery.Filter.MUTED, null));
        assertThat(rows.size(new Query<>())).isZero();

        tracking.setMuted(sender, newestFirst.get(7), true);
        rows.refreshAll();

        assertThat(rows.size(new Query<>())).isEqualTo(1);
        assertThat(ids(rows, 0, 50)).containsExactly(newestFirst.get(7));
    }

    private static List<UUID> ids(TrackedEmailRows rows, int offset, int limit) {
        return rows.fetch(new Query<>(offset, limit, List.of(), null, null))
                .map(TrackedEmail::id)
                .toList();
    }
}
