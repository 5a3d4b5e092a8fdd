package io.sightline.app.base;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    /**
     * Tomcat would answer a 400 itself for an encoded slash; the pixel must answer its GIF whatever the token, so encoded
     * slashes pass through undecoded (Spring Security's firewall still refuses them everywhere but the pixel).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachThePixel() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}
