package io.sightline.app.database;

import io.sightline.db.tracking.PixelDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With an external PostgreSQL, the pixel path connects to the same database as {@code sightline.pixel.db-username}
 * (default {@code sightline_pixel}; see ops/postgres/create-roles.sql).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isBlank()")
class ExternalPixelDatabaseConfiguration {

    @Bean(destroyMethod = "")
    PixelDatabase pixelDatabase(
            PixelPool pool,
            @Value("${spring.datasource.url}") String url,
            @Value("${sightline.pixel.db-username:sightline_pixel}") String username,
            @Value("${sightline.pixel.db-password:}") String password) {
        return pool.open(url, username, password);
    }
}
