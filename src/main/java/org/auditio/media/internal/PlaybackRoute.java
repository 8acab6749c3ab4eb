package org.auditio.media.internal;

import org.auditio.media.domain.RecordingRepository;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the playback filter on {@code /media/*}, first of all filters: media responses carry their own headers. */
@Configuration(proxyBeanMethods = false)
class PlaybackRoute {

    @Bean
    FilterRegistrationBean<PlaybackFilter> playback(
            RecordingRepository recordings, PlaybackAccess access, PlaybackDecisions decisions, MediaStorage storage) {
        FilterRegistrationBean<PlaybackFilter> registration =
                new FilterRegistrationBean<>(new PlaybackFilter(recordings, access, decisions, storage));
        registration.addUrlPatterns(PlaybackFilter.PREFIX + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
