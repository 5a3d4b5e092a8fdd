package io.sightline.db.tracking;

import org.jooq.DSLContext;

/**
 * The pixel path's own connections, as the minimal {@code sightline_pixel} role. A holder rather than a bare
 * {@code DSLContext} bean, so that it never stands in for the web app's own.
 */
public record PixelDatabase(DSLContext dsl) {}
