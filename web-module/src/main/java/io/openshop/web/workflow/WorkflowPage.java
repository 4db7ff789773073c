package io.openshop.web.workflow;

import io.openshop.domain.shared.DomainException;
import io.openshop.domain.workflow.StepStatus;
import io.openshop.service.workflow.StepView;
import io.openshop.service.workflow.WorkflowEngine;
import io.openshop.web.platform.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The back office's dead letters: parked workflow steps and emails, each with a replay button. */
@Named
@ViewScoped
public class WorkflowPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkflowEngine engine;

    private List<StepView> parked;
    private Map<StepStatus, Long> counts;

    public List<StepView> getParked() {
        if (parked == null) {
            parked = engine.inStatus(StepStatus.PARKED, 200);
        }
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
        parked = null;
        counts = null;
    }
}
