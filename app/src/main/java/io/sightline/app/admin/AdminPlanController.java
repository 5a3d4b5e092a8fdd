package io.sightline.app.admin;

import io.sightline.app.base.Params;
import io.sightline.db.base.Actor;
import io.sightline.db.base.Violations;
import io.sightline.db.plan.PlanService;
import io.sightline.db.plan.PlanState;
import io.sightline.db.workspace.Plan;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/plan}: the workspace plan; a change applies to everyone at once. */
@RestController
class AdminPlanController {

    private final PlanService plans;

    AdminPlanController(PlanService plans) {
        this.plans = plans;
    }

    record PlanRequest(String plan) {}

    record PlanJson(String plan, boolean trackingEnabled, Instant changedAt) {

        static PlanJson of(PlanState state) {
            return new PlanJson(state.plan().name(), state.trackingEnabled(), state.changedAt());
        }
    }

    @GetMapping("/api/v1/admin/plan")
    PlanJson current(Actor actor) {
        return PlanJson.of(plans.current(actor));
    }

    @PutMapping("/api/v1/admin/plan")
    PlanJson change(Actor actor, @RequestBody PlanRequest request) {
        var violations = new Violations();
        var plan = Params.constant(Plan.class, request.plan(), "plan", violations);
        violations.check(request.plan() != null, "plan", "Choose BASIC, PROFESSIONAL or BUSINESS.");
        violations.throwIfAny();
        return PlanJson.of(plans.change(actor, plan));
    }
}
