package org.chantilly.console.frontline;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintListItem;
import org.chantilly.intake.api.ComplaintPage;
import org.chantilly.intake.api.ComplaintQuery;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.Organisation;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The complaints of the employee's branches (their scope, as on the API), one page at a time straight from intake's
 * search: the database counts and pages, the table never holds more than a page. The status filter takes several
 * statuses at once; it starts with every open one (all but closed), so that no complaint still being handled is
 * hidden by the default.
 */
@Named("branchComplaints")
@ViewScoped
public class BranchComplaints implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_PAGE = 100;

    @Inject
    CurrentUser user;

    @Inject
    Organisation organisation;

    @Inject
    ComplaintIntake intake;

    private Channel channel;
    private ComplaintStatus[] statuses = openStatuses();
    private String text;
    private final Complaints complaints = new Complaints();

    public LazyDataModel<ComplaintListItem> getComplaints() {
        return complaints;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public ComplaintStatus[] getAllStatuses() {
        return ComplaintStatus.values();
    }

    /** Applies the filters from the first page on. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:complaints");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void reset() {
        channel = null;
        statuses = openStatuses();
        text = null;
        search();
    }

    ComplaintQuery query(int page, int size, ComplaintQuery.Sort sort) {
        List<String> branches = organisation.visibleBranches(user.caller()).orElse(null);
        String words = text == null || text.isBlank() ? null : text.strip();
        return new ComplaintQuery(branches, statuses == null ? Set.of() : Set.of(statuses), channel, null, null, null,
                null, null, words, sort, page, Math.min(Math.max(size, 1), MAX_PAGE));
    }

    /** Every status but closed, in the order of the enum (the order the checkboxes show). */
    static ComplaintStatus[] openStatuses() {
        return Arrays.stream(ComplaintStatus.values()).filter(ComplaintQuery.OPEN::contains)
                .toArray(ComplaintStatus[]::new);
    }

    static ComplaintQuery.Sort sort(Map<String, SortMeta> sortBy) {
        for (SortMeta meta : sortBy.values()) {
            boolean ascending = meta.getOrder() == SortOrder.ASCENDING;
            switch (meta.getField()) {
                case "receivedAt":
                    return ascending ? ComplaintQuery.Sort.RECEIVED_AT_ASC : ComplaintQuery.Sort.RECEIVED_AT_DESC;
                case "reference":
                    return ComplaintQuery.Sort.REFERENCE_ASC;
                case "severity":
                    return ComplaintQuery.Sort.SEVERITY_DESC;
                default:
                    break;
            }
        }
        return ComplaintQuery.Sort.RECEIVED_AT_DESC;
    }

    /**
     * Whether the list's total is exact; when more than {@link ComplaintPage#EXACT_TOTAL_UP_TO} complaints match, the
     * page says "more than 10,000" and pages through the first 10,000 (narrowing the filter finds the rest).
     */
    public boolean isTotalExact() {
        return complaints.totalExact;
    }

    /**
     * The lazy model: a render counts once (no further than 10,001 rows) and loads its page without counting again;
     * nothing is read per row.
     */
    class Complaints extends LazyDataModel<ComplaintListItem> {

        private static final long serialVersionUID = 1L;

        private boolean totalExact = true;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long counted = intake.countUpToLimit(query(0, 1, ComplaintQuery.Sort.RECEIVED_AT_DESC));
            totalExact = counted <= ComplaintPage.EXACT_TOTAL_UP_TO;
            return (int) Math.min(counted, ComplaintPage.EXACT_TOTAL_UP_TO);
        }

        @Override
        public List<ComplaintListItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), MAX_PAGE);
            return intake.page(query(first / size, size, sort(sortBy)));
        }

        @Override
        public String getRowKey(ComplaintListItem item) {
            return item.reference();
        }

        @Override
        public ComplaintListItem getRowData(String rowKey) {
            return null;
        }
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public ComplaintStatus[] getStatuses() {
        return statuses;
    }

    public void setStatuses(ComplaintStatus[] statuses) {
        this.statuses = statuses;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
