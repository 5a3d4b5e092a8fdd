package io.sightline.app.tracking;

import io.sightline.app.base.ClientAddress;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PixelConfiguration {

    /** Ahead of every other filter, Spring Security's included: a pixel request needs none of them. */
    @Bean
    FilterRegistrationBean<PixelFilter> pixelFilter(
            PixelTargets targets,
            OpenClassifier classifier,
            OpenWriter writer,
            ClientAddress clientAddress,
            TrackingProperties properties) {
        var registration =
                new FilterRegistrationBean<>(new PixelFilter(targets, classifier, writer, clientAddress, properties));
        registration.addUrlPatterns("/t/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("pixel");
        return registration;
    }
}
