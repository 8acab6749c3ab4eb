package org.auditio.candidates.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.auditio.media.MediaFacts;

/**
 * What the probe measured in a recording, in one line for organisers (codecs, picture, sound,
 * bit rate): enough to tell a phone video from a studio file. Unknown facts are left out.
 */
final class RecordingFactsText {

    private RecordingFactsText() {}

    static String of(Component page, MediaFacts facts) {
        List<String> parts = new ArrayList<>();
        if (facts.videoCodec() != null) {
            parts.add(facts.videoCodec());
        }
        if (facts.width() != null && facts.height() != null) {
            parts.add(page.getTranslation("dashboard.facts.size", facts.width(), facts.height()));
        }
        if (facts.frameRate() != null) {
            parts.add(page.getTranslation("dashboard.facts.frame-rate", facts.frameRate()));
        }
        if (facts.audioCodec() != null) {
            parts.add(facts.audioCodec());
        }
        if (facts.sampleRate() != null) {
            parts.add(page.getTranslation("dashboard.facts.sample-rate", facts.sampleRate() / 1000.0));
        }
        if (facts.channels() != null) {
            parts.add(page.getTranslation("dashboard.facts.channels", facts.channels()));
        }
        if (facts.bitrateKbps() != null) {
            parts.add(page.getTranslation("dashboard.facts.bitrate", facts.bitrateKbps()));
        }
        return String.join(" · ", parts);
    }
}
