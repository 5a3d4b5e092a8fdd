package io.sightline.app.operator;

import io.sightline.app.base.SightlineProperties;
import io.sightline.db.operator.OperatorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the platform operator from {@code SIGHTLINE_OPERATOR_EMAIL} / {@code SIGHTLINE_OPERATOR_PASSWORD} at start-up,
 * or sets its password when it exists. A bad setting (invalid email, short password, a workspace user's email) stops the
 * start: an operator that silently isn't there is worse.
 */
@Component
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final OperatorService operators;
    private final SightlineProperties.Operator settings;

    OperatorBootstrap(OperatorService operators, SightlineProperties properties) {
        this.operators = operators;
        this.settings = properties.operator();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.configured()) {
            log.info("No platform operator configured (SIGHTLINE_OPERATOR_EMAIL / SIGHTLINE_OPERATOR_PASSWORD)");
            return;
        }
        try {
            operators.bootstrap(settings.email(), settings.password());
        } catch (org.springframework.dao.DataIntegrityViolationException taken) {
            throw new IllegalStateException("SIGHTLINE_OPERATOR_EMAIL " + settings.email()
                    + " belongs to a workspace user; choose an email of its own for the operator");
        }
        log.info("Platform operator {} is ready", settings.email());
    }
}
