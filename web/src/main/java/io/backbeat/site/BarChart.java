package io.backbeat.site;

import jakarta.json.Json;
import java.util.List;

/**
 * A bar chart as the site's pages draw it with PrimeFaces' Chart.js component: one series of whole numbers from
 * zero, no legend, no animation (so a screenshot shows it whole).
 */
public final class BarChart {

    /** One bar: its label on the axis and its height. */
    public record Bar(String label, long value) {
    }

    private BarChart() {
    }

    /** The Chart.js configuration, as JSON, of the series named {@code series}, in {@code colour} (CSS). */
    public static String of(String series, String colour, List<Bar> bars) {
        var labels = Json.createArrayBuilder();
        var values = Json.createArrayBuilder();
        for (Bar bar : bars) {
            labels.add(bar.label());
            values.add(bar.value());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", series)
                                .add("data", values)
                                .add("backgroundColor", colour))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
