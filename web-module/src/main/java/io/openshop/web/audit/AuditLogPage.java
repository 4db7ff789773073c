package io.openshop.web.audit;

import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditColumn;
import io.openshop.domain.audit.AuditQuery;
import io.openshop.domain.audit.AuditRecord;
import io.openshop.domain.shared.DomainException;
import io.openshop.service.audit.AuditLogService;
import io.openshop.web.platform.Messages;
import io.openshop.web.platform.PagedGrid;
import io.openshop.web.platform.QueryParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * ADMIN reads the audit log: a lazy table, newest first, filtered by actor, action, target and
 * a time range (UTC) given in the form above it.
 */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLogService auditLog;

    private String actor;
    private String action;
    private String target;
    private String from;
    private String to;
    private AuditQuery query = AuditQuery.of(null, null, null, null, null);

    private final LazyDataModel<AuditRecord> entries = new PagedGrid<>(AuditColumn.class, AuditColumn.DEFAULT,
            (sort, page) -> auditLog.search(query, sort, page),
            entry -> Long.toString(entry.getId()));

    /** Applies the form's filters to the table. */
    public void filter() {
        try {
            query = AuditQuery.of(actor, action, target, QueryParameters.instant("from", from), QueryParameters.instant("to", to));
        } catch (DomainException e) {
            Messages.refuse(e);
        }
    }

    public LazyDataModel<AuditRecord> getEntries() {
        return entries;
    }

    public List<String> getActions() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).toList();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
