package io.sightline.db.operator;

import io.sightline.db.audit.AuditAction;
import io.sightline.db.audit.AuditService;
import io.sightline.db.base.AccessChanged;
import io.sightline.db.base.NotFoundException;
import io.sightline.db.member.Emails;
import io.sightline.db.member.Passwords;
import io.sightline.db.workspace.Plan;
import io.sightline.db.workspace.PlanChanged;
import io.sightline.db.workspace.WorkspaceRepository;
import io.sightline.db.workspace.WorkspaceStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform operator: bootstrapped from configuration, signs in like anyone, and runs workspaces (list, suspend,
 * reactivate, change plan) without belonging to one. Every change lands in that workspace's audit trail.
 */
@Service
public class OperatorService {

    public static final int PAGE_SIZE = 50;

    private final OperatorRepository operators;
    private final WorkspaceRepository workspaces;
    private final OperatorScope scope;
    private final AuditService audit;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    public OperatorService(
            OperatorRepository operators,
            WorkspaceRepository workspaces,
            OperatorScope scope,
            AuditService audit,
            PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.operators = operators;
        this.workspaces = workspaces;
        this.scope = scope;
        this.audit = audit;
        this.passwords = passwords;
        this.events = events;
    }

    /** Creates the operator or sets its password. Refuses a malformed email, a weak password or a user's email. */
    @Transactional
    public UUID bootstrap(String email, String password) {
        if (!Emails.isValid(email)) {
            throw new IllegalArgumentException("The operator email '" + email + "' is not a valid address");
        }
        var problem = Passwords.problem(password);
        if (problem != null) {
            throw new IllegalArgumentException("The operator password is not acceptable: " + problem);
        }
        return operators.bootstrap(Emails.normalize(email), passwords.encode(password));
    }

    @Transactional(readOnly = true)
    public Optional<OperatorLogin> findLogin(String email) {
        return operators.findLogin(Emails.normalize(email));
    }

    @Transactional(readOnly = true)
    public boolean exists(OperatorActor operator) {
        return operators.exists(operator.operatorId());
    }

    @Transactional(readOnly = true)
    public WorkspacePage workspaces(OperatorActor operator, String q, String cursor) {
        var after = WorkspaceCursor.decode(cursor);
        scope.enter(operator);
        var found = operators.workspaces(q, after, PAGE_SIZE + 1);
        if (found.size() <= PAGE_SIZE) {
            return new WorkspacePage(found, null);
        }
        List<WorkspaceSummary> page = List.copyOf(found.subList(0, PAGE_SIZE));
        var last = page.getLast();
        return new WorkspacePage(page, new WorkspaceCursor(last.createdAt(), last.id()).encode());
    }

    @Transactional(readOnly = true)
    public WorkspaceSummary workspace(OperatorActor operator, UUID id) {
        scope.enter(operator);
        return operators.workspace(id).orElseThrow(OperatorService::notFound);
    }

    /** Changes status and/or plan; null leaves it as it is. */
    @Transactional
    public WorkspaceSummary update(OperatorActor operator, UUID id, WorkspaceStatus status, Plan plan) {
        scope.enter(operator);
        var workspace = workspaces.lock(id).orElseThrow(OperatorService::notFound);
        if (status != null && status != workspace.status()) {
            workspaces.updateStatus(id, status);
            audit.byOperator(
                    operator.operatorId(),
                    id,
                    status == WorkspaceStatus.SUSPENDED
                            ? AuditAction.WORKSPACE_SUSPENDED
                            : AuditAction.WORKSPACE_REACTIVATED,
                    null,
                    null,
                    Map.of("from", workspace.status().name(), "to", status.name()));
            events.publishEvent(AccessChanged.workspace(id));
        }
        if (plan != null && plan != workspace.plan()) {
            workspaces.updatePlan(id, plan);
            audit.byOperator(
                    operator.operatorId(),
                    id,
                    AuditAction.PLAN_CHANGED,
                    null,
                    null,
                    Map.of("from", workspace.plan().name(), "to", plan.name()));
            events.publishEvent(new PlanChanged(id, plan));
        }
        return operators.workspace(id).orElseThrow(OperatorService::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("There is no such workspace.");
    }
}
