package io.sightline;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/** The module and package rules of DESIGN.md, checked on the compiled classes of all three modules. */
@AnalyzeClasses(packages = "io.sightline", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

    @ArchTest
    public static final ArchRule ui_never_touches_sql_or_generated_classes = ArchitectureRules.UI_WITHOUT_SQL;

    @ArchTest
    public static final ArchRule db_never_touches_vaadin_or_the_web = ArchitectureRules.DB_WITHOUT_WEB;

    @ArchTest
    public static final ArchRule ui_never_reaches_into_the_app_module = noClasses()
            .that()
            .resideInAPackage("io.sightline.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.sightline.app..");

    @ArchTest
    public static final ArchRule no_cycles_between_feature_packages = ArchitectureRules.NO_FEATURE_CYCLES;

    @ArchTest
    public static final ArchRule repositories_are_reached_only_from_services = classes()
            .that()
            .areAnnotatedWith(Repository.class)
            .should()
            .onlyBeAccessed()
            .byClassesThat(annotatedWith(Service.class).or(annotatedWith(Repository.class)));

    @ArchTest
    public static final ArchRule generated_records_stay_in_the_data_layer = noClasses()
            .that()
            .resideOutsideOfPackage("io.sightline.db..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.sightline.db.jooq..");
}
