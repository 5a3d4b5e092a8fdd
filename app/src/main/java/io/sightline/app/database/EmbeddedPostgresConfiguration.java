package io.sightline.app.database;

import com.zaxxer.hikari.HikariDataSource;
import io.sightline.app.base.SightlineProperties;
import io.sightline.db.tracking.PixelDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * With no {@code SPRING_DATASOURCE_URL}, Sightline runs its own PostgreSQL 17 with the data kept under
 * {@code sightline.data-dir}, so a new machine needs nothing installed and the data survives restarts. Migrations run as
 * the database superuser (the schema owner); the app itself connects as {@code sightline_app}, to which row-level security
 * applies, and the pixel path as {@code sightline_pixel}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    static final String DATABASE = "sightline";
    static final String APP_ROLE = "sightline_app";
    static final String PIXEL_ROLE = "sightline_pixel";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(SightlineProperties properties) throws IOException, SQLException {
        var dir = properties.dataDir().toAbsolutePath().resolve("postgres");
        Files.createDirectories(dir.getParent());
        StalePostmaster.stopIfOrphaned(dir);
        var postgres = durable(EmbeddedPostgres.builder())
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .start();
        prepare(postgres);
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir);
        return postgres;
    }

    /**
     * The embedded server's library starts PostgreSQL the way test suites like it: {@code fsync} and
     * {@code synchronous_commit} off, so a commit can be acknowledged before it is on disk. Sightline answers a pixel
     * request only once its open is committed, so its embedded server runs with PostgreSQL's durable defaults. Pixel
     * traffic writes WAL steadily: used WAL files are kept for reuse up to 1 GB, because a commit that has to wait for a
     * fresh 16 MB file to be zero-filled stalls every pixel request in its batch (the benchmark's p99 saw it).
     */
    static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("min_wal_size", "1GB")
                .setServerConfig("max_wal_size", "4GB");
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        var pool = new HikariDataSource();
        pool.setPoolName("sightline");
        pool.setJdbcUrl(url(postgres));
        pool.setUsername(APP_ROLE);
        pool.setMaximumPoolSize(10);
        return pool;
    }

    @Bean(destroyMethod = "")
    PixelDatabase pixelDatabase(EmbeddedPostgres postgres, PixelPool pool) {
        return pool.open(url(postgres), PIXEL_ROLE, null);
    }

    @Bean
    @LiquibaseDataSource
    DataSource liquibaseDataSource(EmbeddedPostgres postgres) {
        var owner = new SimpleDriverDataSource();
        owner.setDriverClass(org.postgresql.Driver.class);
        owner.setUrl(url(postgres));
        owner.setUsername("postgres");
        return owner;
    }

    private static String url(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The database and the app's login role, made once; the schema itself is Liquibase's. */
    private static void prepare(EmbeddedPostgres postgres) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            try (var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            }
            for (var role : new String[] {APP_ROLE, PIXEL_ROLE}) {
                try (var exists = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                    if (!exists.next()) {
                        statement.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS");
                    }
                }
            }
        }
    }
}
