package org.chantilly.console.admin;

import java.util.List;
import java.util.Map;

import org.chantilly.platform.api.OrganisationAdmin;
import org.chantilly.platform.api.OrganisationAdmin.StaffAccount;
import org.chantilly.platform.api.OrganisationAdmin.StaffQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The staff table, one page at a time: one query for the page and one for the count. */
class StaffModel extends LazyDataModel<StaffAccount> {

    private static final long serialVersionUID = 1L;

    private final OrganisationAdmin admin;
    private final StaffAdminPage page;

    StaffModel(OrganisationAdmin admin, StaffAdminPage page) {
        this.admin = admin;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, admin.staffCount(query(0, 1), page.caller()));
    }

    @Override
    public List<StaffAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return admin.staff(query(first, pageSize), page.caller());
    }

    @Override
    public String getRowKey(StaffAccount account) {
        return account.staff().login();
    }

    @Override
    public StaffAccount getRowData(String rowKey) {
        List<StaffAccount> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(a -> a.staff().login().equals(rowKey)).findFirst().orElse(null);
    }

    private StaffQuery query(int first, int max) {
        return new StaffQuery(page.getFilterBranch(), page.getFilterRole(), first, max);
    }
}
