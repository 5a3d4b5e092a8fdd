package io.sightline.ui.tracking;

import java.util.Arrays;
import java.util.List;

/** Recipients as people paste them: separated by commas, semicolons, spaces or new lines. */
final class Recipients {

    private Recipients() {}

    static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+"))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
    }

    static String show(List<String> recipients) {
        return String.join(", ", recipients);
    }
}
