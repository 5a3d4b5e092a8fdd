package io.sightline.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.AppTest;
import io.sightline.app.DatabaseBackdoor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pixel request is answered once its open is committed, so a commit must mean "on disk": the embedded server may not
 * keep its library's test-suite defaults, which acknowledge commits that a crash would lose.
 */
@AppTest
class EmbeddedPostgresIT {

    @Autowired
    DatabaseBackdoor database;

    @ParameterizedTest
    @ValueSource(strings = {"fsync", "synchronous_commit", "full_page_writes"})
    void commits_are_durable(String setting) {
        assertThat(database.setting(setting)).as(setting).isEqualTo("on");
    }
}
