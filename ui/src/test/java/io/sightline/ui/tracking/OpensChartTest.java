package io.sightline.ui.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.db.tracking.EmailOpen;
import io.sightline.db.tracking.OpenSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class OpensChartTest {

    private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void the_chart_is_well_formed_svg_with_a_description_for_screen_readers() throws Exception {
        var svg = OpensChart.svg(
                List.of(open(10, OpenSource.RECIPIENT)), SENT, SENT.plus(Duration.ofHours(2)), ZoneOffset.UTC);

        var root = parse(svg).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Opens over time: 1 views, 0 machine fetches");
    }

    @Test
    void views_and_machine_fetches_are_drawn_as_different_bars() throws Exception {
        var opens = List.of(
                at(Duration.ofSeconds(300), OpenSource.RECIPIENT),
                at(Duration.ofSeconds(310), OpenSource.GMAIL_PROXY),
                at(Duration.ofSeconds(320), OpenSource.APPLE_PRIVACY_PROXY));
        var doc = parse(OpensChart.svg(opens, SENT, SENT.plus(Duration.ofMinutes(20)), ZoneOffset.UTC));

        var bars = doc.getElementsByTagName("rect");
        assertThat(bars.getLength()).isEqualTo(2);
        var view = (Element) bars.item(0);
        var machine = (Element) bars.item(1);
        assertThat(view.getAttribute("class")).isEqualTo("chart-view");
        assertThat(machine.getAttribute("class")).isEqualTo("chart-machine");
        assertThat(Double.parseDouble(view.getAttribute("height")))
                .isEqualTo(2 * Double.parseDouble(machine.getAttribute("height")), Offset.offset(0.2));
        assertThat(view.getTextContent()).contains("2 views, 1 machine fetch");
    }

    @Test
    void the_tallest_stack_fills_the_plot_and_its_value_labels_the_axis() throws Exception {
        var opens = List.of(
                at(Duration.ofSeconds(61), OpenSource.RECIPIENT),
                at(Duration.ofSeconds(62), OpenSource.RECIPIENT),
                at(Duration.ofSeconds(63), OpenSource.SECURITY_SCANNER),
                at(Duration.ofSeconds(64), OpenSource.RECIPIENT),
                at(Duration.ofSeconds(200), OpenSource.RECIPIENT));
        var doc = parse(OpensChart.svg(opens, SENT, SENT.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));

        var bars = doc.getElementsByTagName("rect");
        var views = Double.parseDouble(((Element) bars.item(0)).getAttribute("height"));
        var machines = Double.parseDouble(((Element) bars.item(1)).getAttribute("height"));
        var single = Double.parseDouble(((Element) bars.item(2)).getAttribute("height"));
        assertThat(views + machines).isEqualTo(OpensChart.HEIGHT - 12 - 26, Offset.offset(0.2));
        assertThat(views).isEqualTo(3 * single, Offset.offset(0.2));
        assertThat(texts(doc)).contains("4", "0");
    }

    @Test
    void buckets_grow_so_that_a_long_history_still_fits_in_a_few_bars() {
        assertThat(OpensChart.step(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(1));
        assertThat(OpensChart.step(Duration.ofHours(2))).isEqualTo(Duration.ofMinutes(5));
        assertThat(OpensChart.step(Duration.ofDays(3))).isEqualTo(Duration.ofHours(3));
        assertThat(OpensChart.step(Duration.ofDays(90))).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void a_month_old_email_is_drawn_in_at_most_thirty_bars() throws Exception {
        var opens = List.of(open(0, OpenSource.RECIPIENT), open(60 * 24 * 30, OpenSource.RECIPIENT));
        var doc = parse(OpensChart.svg(opens, SENT, SENT.plus(Duration.ofDays(30)), ZoneOffset.UTC));

        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(texts(doc)).contains("2 Mar");
    }

    @Test
    void an_email_without_opens_says_so() throws Exception {
        var doc = parse(OpensChart.svg(List.of(), SENT, SENT.plus(Duration.ofMinutes(3)), ZoneOffset.UTC));

        assertThat(doc.getElementsByTagName("rect").getLength()).isZero();
        assertThat(texts(doc)).contains("No opens yet");
    }

    @Test
    void a_young_email_with_few_buckets_gets_slim_bars_not_slabs() throws Exception {
        var doc = parse(
                OpensChart.svg(List.of(open(0, OpenSource.RECIPIENT)), SENT, SENT.plusSeconds(30), ZoneOffset.UTC));

        var bar = (Element) doc.getElementsByTagName("rect").item(0);
        assertThat(Double.parseDouble(bar.getAttribute("width"))).isLessThanOrEqualTo(48);
    }

    @Test
    void text_is_escaped() {
        assertThat(OpensChart.escape("<b>\"x\" & y</b>")).isEqualTo("&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;");
    }

    private static EmailOpen open(int minutesAfterSending, OpenSource source) {
        return at(Duration.ofMinutes(minutesAfterSending), source);
    }

    private static EmailOpen at(Duration afterSending, OpenSource source) {
        return new EmailOpen(SENT.plus(afterSending), source, "Mozilla/5.0", "203.0.113.0/24");
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        var nodes = doc.getElementsByTagName("text");
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent())
                .toList();
    }
}
