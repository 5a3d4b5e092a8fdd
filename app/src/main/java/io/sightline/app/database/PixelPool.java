package io.sightline.app.database;

import com.zaxxer.hikari.HikariDataSource;
import io.sightline.db.tracking.PixelDatabase;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Owns the pixel role's small connection pool. It closes last among the pixel beans: the open writer, which depends on
 * it, drains first.
 */
@Component
class PixelPool implements DisposableBean {

    private HikariDataSource pool;

    synchronized PixelDatabase open(String url, String username, String password) {
        if (pool != null) {
            throw new IllegalStateException("The pixel pool is already open");
        }
        pool = new HikariDataSource();
        pool.setPoolName("sightline-pixel");
        pool.setJdbcUrl(url);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaximumPoolSize(4);
        // A database outage must not hold a pixel request: the writer journals instead.
        pool.setConnectionTimeout(1_000);
        pool.setInitializationFailTimeout(-1);
        // Nor may a hung statement hold the writer: it fails, and the batch goes to the journal.
        pool.addDataSourceProperty("options", "-c statement_timeout=5000");
        return new PixelDatabase(DSL.using(pool, SQLDialect.POSTGRES));
    }

    @Override
    public synchronized void destroy() {
        if (pool != null) {
            pool.close();
        }
    }
}
