package io.sightline.ui.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.db.tracking.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetPagerTest {

    /** A keyset source over the numbers 0..size-1: the cursor is the last number of the previous page. */
    static final class Numbers implements KeysetPager.PageSource<Integer> {
        final int size;
        final List<String> calls = new ArrayList<>();

        Numbers(int size) {
            this.size = size;
        }

        @Override
        public Page<Integer> page(String cursor, int limit) {
            calls.add(cursor + ":" + limit);
            int from = cursor == null ? 0 : Integer.parseInt(cursor) + 1;
            var items =
                    IntStream.range(from, Math.min(size, from + limit)).boxed().toList();
            var next = from + limit < size ? Integer.toString(from + limit - 1) : null;
            return new Page<>(items, next);
        }
    }

    @Test
    void the_first_page_is_read_from_the_start_without_a_cursor() {
        var source = new Numbers(500);
        var pager = new KeysetPager<>(source);

        assertThat(pager.fetch(0, 50)).containsExactlyElementsOf(range(0, 50));
        assertThat(source.calls).containsExactly("null:50");
    }

    @Test
    void the_next_page_starts_from_the_cursor_remembered_at_its_offset() {
        var source = new Numbers(500);
        var pager = new KeysetPager<>(source);
        pager.fetch(0, 50);
        source.calls.clear();

        assertThat(pager.fetch(50, 50)).containsExactlyElementsOf(range(50, 100));
        assertThat(source.calls).containsExactly("49:50");
    }

    @Test
    void a_jump_far_ahead_walks_forward_in_pages_of_at_most_a_hundred_and_lands_on_the_offset() {
        var source = new Numbers(1000);
        var pager = new KeysetPager<>(source);

        assertThat(pager.fetch(250, 50)).containsExactlyElementsOf(range(250, 300));
        assertThat(source.calls).containsExactly("null:100", "99:100", "199:50", "249:50");
    }

    @Test
    void going_back_reuses_a_known_boundary_instead_of_starting_over() {
        var source = new Numbers(1000);
        var pager = new KeysetPager<>(source);
        pager.fetch(250, 50);
        source.calls.clear();

        assertThat(pager.fetch(200, 50)).containsExactlyElementsOf(range(200, 250));
        assertThat(source.calls).containsExactly("199:50");
    }

    @Test
    void an_offset_between_boundaries_walks_from_the_one_before_it() {
        var source = new Numbers(1000);
        var pager = new KeysetPager<>(source);
        pager.fetch(0, 50);
        source.calls.clear();

        assertThat(pager.fetch(75, 10)).containsExactlyElementsOf(range(75, 85));
        assertThat(source.calls).containsExactly("49:25", "74:10");
    }

    @Test
    void the_last_page_is_short_and_nothing_past_the_end_is_asked_for_again() {
        var source = new Numbers(120);
        var pager = new KeysetPager<>(source);

        assertThat(pager.fetch(100, 50)).containsExactlyElementsOf(range(100, 120));
        source.calls.clear();
        assertThat(pager.fetch(150, 50)).isEmpty();
        assertThat(source.calls).isEmpty();
    }

    @Test
    void a_large_request_is_split_into_pages_the_service_accepts() {
        var source = new Numbers(1000);
        var pager = new KeysetPager<>(source);

        assertThat(pager.fetch(0, 250)).containsExactlyElementsOf(range(0, 250));
        assertThat(source.calls).containsExactly("null:100", "99:100", "199:50");
    }

    @Test
    void an_empty_list_gives_no_rows() {
        var pager = new KeysetPager<>(new Numbers(0));

        assertThat(pager.fetch(0, 50)).isEmpty();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
