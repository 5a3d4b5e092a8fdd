package io.sightline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The rules themselves, shared by the suite and by the test that proves they catch violations. */
final class ArchitectureRules {

    static final ArchRule UI_WITHOUT_SQL = noClasses()
            .that()
            .resideInAPackage("io.sightline.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "io.sightline.db.jooq..");

    static final ArchRule DB_WITHOUT_WEB = noClasses()
            .that()
            .resideInAPackage("io.sightline.db..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.vaadin..",
                    "org.springframework.web..",
                    "org.springframework.security.web..",
                    "jakarta.servlet..",
                    "io.sightline.ui..",
                    "io.sightline.app..");

    /** Features of one module may use each other in one direction only (e.g. member → workspace, never back). */
    static final ArchRule NO_FEATURE_CYCLES =
            slices().matching("io.sightline.(*).(*)..").should().beFreeOfCycles();

    private ArchitectureRules() {}
}
