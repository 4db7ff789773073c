package io.openshop.web.review;

import io.openshop.domain.review.ReviewColumn;
import io.openshop.domain.review.ReviewStatus;
import io.openshop.domain.shared.DomainException;
import io.openshop.service.review.ReviewService;
import io.openshop.service.review.ReviewView;
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
import java.util.List;

/** The back office's moderation queue: reviews in one status, oldest first, each to publish or reject. */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    private ReviewStatus status = ReviewStatus.PENDING;

    private final LazyDataModel<ReviewView> rows = new PagedGrid<>(ReviewColumn.class, ReviewColumn.DEFAULT,
            (sort, page) -> reviews.queue(status, sort, page),
            review -> Long.toString(review.id()));

    public void publish(long id) {
        decide(id, true);
    }

    public void reject(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean publish) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String address = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        try {
            ReviewView done = publish ? reviews.publish(id, address) : reviews.reject(id, address);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    (publish ? "Published" : "Rejected") + " the review \u201c" + done.title() + "\u201d.", null));
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
        }
    }

    public List<ReviewStatus> getStatuses() {
        return List.of(ReviewStatus.values());
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public void setStatus(ReviewStatus status) {
        this.status = status == null ? ReviewStatus.PENDING : status;
    }

    public LazyDataModel<ReviewView> getRows() {
        return rows;
    }
}
