package org.auditio.media.internal;

import org.auditio.media.domain.RecordingRepository;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the playback filter on {@code /media/*}, first of all filters: media responses carry their own headers. */
@Configuration(proxyBeanMethods = false)
class PlaybackRoute {

    /** Room for the response headers next to a small span in the connector's write buffer. */
    private static final int HEADER_ROOM = 8 * 1024;

    @Bean
    FilterRegistrationBean<PlaybackFilter> playback(
            RecordingRepository recordings, PlaybackAccess access, PlaybackDecisions decisions, MediaStorage storage) {
        FilterRegistrationBean<PlaybackFilter> registration =
                new FilterRegistrationBean<>(new PlaybackFilter(recordings, access, decisions, storage));
        registration.addUrlPatterns(PlaybackFilter.PREFIX + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Tomcat's write buffer (8 KiB by default) holds a small span with its headers, so a player's
     * range request leaves in one write (measured: README, Performance). It costs 64 KiB more heap
     * per open connection; Tomcat keeps the buffers of closed ones for reuse only up to 1/32 of the
     * heap.
     */
    @Bean
    TomcatConnectorCustomizer playbackWriteBuffer() {
        return connector -> {
            String size = String.valueOf(PlaybackFilter.SMALL_SPAN + HEADER_ROOM);
            if (!connector.setProperty("socket.appWriteBufSize", size)) {
                throw new IllegalStateException("Tomcat refused socket.appWriteBufSize=" + size);
            }
        };
    }
}
