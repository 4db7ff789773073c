package io.openshop.web.workflow;

import io.openshop.domain.shared.DomainException;
import io.openshop.domain.workflow.StepColumn;
import io.openshop.domain.workflow.StepStatus;
import io.openshop.service.workflow.StepView;
import io.openshop.service.workflow.WorkflowEngine;
import io.openshop.web.platform.Messages;
import io.openshop.web.platform.PagedGrid;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.Map;

/** The back office's dead letters: parked workflow steps and emails, each with a replay button. */
@Named
@ViewScoped
public class WorkflowPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkflowEngine engine;

    private final LazyDataModel<StepView> parked = new PagedGrid<>(StepColumn.class, StepColumn.DEFAULT,
            (sort, page) -> engine.inStatus(StepStatus.PARKED, sort, page), step -> Long.toString(step.getId()));
    private Map<StepStatus, Long> counts;

    public LazyDataModel<StepView> getParked() {
        return parked;
    }

    public long count(String status) {
        if (counts == null) {
            counts = engine.counts();
        }
        return counts.getOrDefault(StepStatus.valueOf(status), 0L);
    }

    public void replay(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            StepView step = engine.replay(id, ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Replayed step " + id + " (" + step.getKind() + ", " + step.getSubject() + ").", null));
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
        }
        counts = null;
    }
}
