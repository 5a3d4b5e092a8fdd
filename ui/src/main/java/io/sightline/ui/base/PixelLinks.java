package io.sightline.ui.base;

/** How a tracked email's pixel is addressed: its URL and the ready {@code <img>} tag a mail client inserts. */
public interface PixelLinks {

    String url(String token);

    String html(String token);
}
