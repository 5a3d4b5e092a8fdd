package io.sightline.db.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryTest {

    @Test
    void both_kinds_travel_and_come_back_as_they_left() {
        var notification = Delivery.notification(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var opened = Delivery.emailOpened(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        assertThat(Delivery.parse(notification.payload())).isEqualTo(notification);
        assertThat(Delivery.parse(opened.payload())).isEqualTo(opened);
        assertThat(opened.payload()).startsWith("opened:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "hello",
                "opened:1:2:3",
                "closed:00000000-0000-0000-0000-000000000001:00000000-0000-0000-0000-000000000002:"
                        + "00000000-0000-0000-0000-000000000003",
                "00000000-0000-0000-0000-000000000001:00000000-0000-0000-0000-000000000002"
            })
    void anything_else_on_the_channel_is_ignored(String payload) {
        assertThat(Delivery.parse(payload)).isNull();
    }
}
