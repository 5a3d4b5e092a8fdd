package io.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Proof that the architecture rules bite: each is run against a small fixture that breaks it on purpose. */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void a_ui_class_using_jooq_is_reported() {
        var classes = new ClassFileImporter().importClasses(io.sightline.ui.fixture.UsesJooq.class);
        assertThat(ArchitectureRules.UI_WITHOUT_SQL.evaluate(classes).hasViolation())
                .isTrue();
    }

    @Test
    void a_db_class_using_vaadin_is_reported() {
        var classes = new ClassFileImporter().importClasses(io.sightline.db.fixture.UsesVaadin.class);
        assertThat(ArchitectureRules.DB_WITHOUT_WEB.evaluate(classes).hasViolation())
                .isTrue();
    }

    @Test
    void a_cycle_between_features_is_reported() {
        var classes =
                new ClassFileImporter().importClasses(io.sightline.db.cyclea.A.class, io.sightline.db.cycleb.B.class);
        assertThat(ArchitectureRules.NO_FEATURE_CYCLES.evaluate(classes).hasViolation())
                .isTrue();
    }
}
