package org.chantilly.platform.api;

import java.util.List;
import java.util.Optional;

/**
 * The chain's branches and staff, and which branches an employee may see. Branch-scoped data stays in its branch:
 * frontline staff and supervisors see their own branch, managers their region, head office and auditors all.
 */
public interface Organisation {

    Optional<BranchInfo> branch(String code);

    List<BranchInfo> branches();

    Optional<StaffInfo> staff(String login);

    /** Every active employee, by login. */
    List<StaffInfo> activeStaff();

    /** Whether the caller may see data of that branch. */
    boolean canSeeBranch(Caller caller, String branchCode);

    /**
     * The branches whose data the caller may see, or empty for "every branch" (head office, auditors).
     * A caller who may see no branch gets a list with no element that matches, never an empty optional.
     */
    Optional<List<String>> visibleBranches(Caller caller);

    /**
     * The branches a filter names, checked against the caller's scope: without any, every branch the caller may see
     * (empty for "every branch"); a named branch that does not exist or lies outside the caller's scope is a 404,
     * the same for both, so that branch codes cannot be probed.
     *
     * @throws ResourceNotFoundException for a branch the caller may not filter by
     */
    default Optional<List<String>> branchFilter(Caller caller, List<String> codes) {
        Optional<List<String>> visible = visibleBranches(caller);
        if (codes == null || codes.isEmpty()) {
            return visible;
        }
        if (codes.stream().anyMatch(code -> code == null || branch(code).isEmpty())
                || visible.isPresent() && !visible.get().containsAll(codes)) {
            throw new ResourceNotFoundException(PlatformMessage.BRANCH_NOT_FOUND);
        }
        return Optional.of(List.copyOf(codes));
    }
}
