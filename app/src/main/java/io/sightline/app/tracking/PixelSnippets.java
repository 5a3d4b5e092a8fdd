package io.sightline.app.tracking;

import io.sightline.app.base.SightlineProperties;
import io.sightline.ui.base.PixelLinks;
import org.springframework.stereotype.Component;

/**
 * The pixel's address under {@code SIGHTLINE_PUBLIC_BASE_URL}, and the {@code <img>} tag for it: 1×1, empty alt (screen
 * readers skip it), no border, {@code display:block} so it adds no line height to the message.
 */
@Component
public class PixelSnippets implements PixelLinks {

    private final String base;

    PixelSnippets(SightlineProperties properties) {
        this.base = properties.baseUrl();
    }

    @Override
    public String url(String token) {
        return base + "/t/" + token + ".gif";
    }

    @Override
    public String html(String token) {
        return "<img src=\"" + url(token) + "\" width=\"1\" height=\"1\" alt=\"\" border=\"0\""
                + " style=\"display:block;width:1px;height:1px;border:0;\">";
    }
}
