package io.sightline.ui.tracking;

import io.sightline.db.tracking.Page;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Serves a lazy grid's offset/limit requests from a keyset-paged source. It remembers the cursor at every page boundary
 * it has passed, so a request starts from the nearest known boundary at or before its offset and walks forward; it never
 * asks the database for an OFFSET. One pager serves one query: make a new one when the query or the data changes.
 */
final class KeysetPager<T> implements Serializable {

    static final int MAX_PAGE = 100;

    @FunctionalInterface
    interface PageSource<T> extends Serializable {
        Page<T> page(String cursor, int limit);
    }

    private final PageSource<T> source;
    // offset of a row -> the cursor whose page starts at that row (null: the first page)
    private final NavigableMap<Integer, String> boundaries = new TreeMap<>();
    private int end = Integer.MAX_VALUE;

    KeysetPager(PageSource<T> source) {
        this.source = source;
        boundaries.put(0, null);
    }

    List<T> fetch(int offset, int limit) {
        var rows = new ArrayList<T>();
        if (limit <= 0 || offset >= end) {
            return rows;
        }
        var start = boundaries.floorEntry(offset);
        int position = start.getKey();
        String cursor = start.getValue();
        int until = offset + limit;
        while (position < until) {
            // Before the offset, walk in steps that land exactly on it; from there, fetch what was asked for.
            int size = Math.min(MAX_PAGE, position < offset ? offset - position : until - position);
            var page = source.page(cursor, size);
            if (position >= offset) {
                rows.addAll(page.items());
            }
            position += page.items().size();
            if (page.nextCursor() == null) {
                end = position;
                break;
            }
            cursor = page.nextCursor();
            boundaries.put(position, cursor);
        }
        return rows;
    }

    /** How many boundaries are known, for tests. */
    int knownBoundaries() {
        return boundaries.size();
    }
}
