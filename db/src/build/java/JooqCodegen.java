import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes from the Liquibase changelog applied to a real, throw-away PostgreSQL.
 *
 * <p>Run by the db module's build (exec-maven-plugin) as a single-file program. Arguments: resource root, changelog path
 * relative to it, output directory, scratch directory for the database. The work is skipped when the changelog files hash
 * to the same value as at the last successful run.
 */
public final class JooqCodegen {

    private static final String PACKAGE = "io.sightline.db.jooq";
    private static final String STAMP = ".changelog-sha256";

    public static void main(String[] args) throws Exception {
        var resources = Path.of(args[0]);
        var changelog = args[1];
        var output = Path.of(args[2]);
        var scratch = Path.of(args[3]);

        var hash = hashChangelog(resources.resolve(changelog).getParent());
        var stamp = output.resolve(STAMP);
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq-codegen] changelog unchanged, keeping " + output);
            return;
        }

        Files.createDirectories(scratch);
        try (var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(scratch.resolve("data"))
                .setCleanDataDirectory(true)
                .start()) {
            var url = postgres.getJdbcUrl("postgres", "postgres");
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                var database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try (var liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(resources), database)) {
                    liquibase.update("");
                }
            }
            deleteRecursively(output);
            GenerationTool.generate(configuration(url, output));
        }
        Files.writeString(stamp, hash, StandardCharsets.UTF_8);
        System.out.println("[jooq-codegen] generated " + PACKAGE + " into " + output);
    }

    private static Configuration configuration(String url, Path output) {
        return new Configuration()
                .withJdbc(new Jdbc()
                        .withDriver("org.postgresql.Driver")
                        .withUrl(url)
                        .withUser("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withExcludes("databasechangelog.*")
                                .withForcedTypes(new ForcedType()
                                        .withName("INSTANT")
                                        .withIncludeTypes("(?i:timestamp with time zone|timestamptz)"))
                                .withIncludeRoutines(false))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true)
                                .withGeneratedAnnotation(false))
                        .withTarget(new Target().withPackageName(PACKAGE).withDirectory(output.toString())));
    }

    private static String hashChangelog(Path dir) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (var file : files) {
            digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        // Bump when the generator configuration below changes, so the classes are regenerated.
        digest.update("generator-config-2".getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (var path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
