package org.chantilly.intake.infrastructure;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last reference number handed out for one branch and year. */
@Entity
@Table(name = "complaint_reference_counter")
class ReferenceCounter {

    @EmbeddedId
    private Key key;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected ReferenceCounter() {
        // for JPA
    }

    ReferenceCounter(Key key) {
        this.key = key;
    }

    long next() {
        return ++lastNumber;
    }

    /** Branch code and year. */
    @Embeddable
    static class Key implements Serializable {

        @Column(name = "branch_code", length = 6)
        private String branchCode;

        @Column(name = "ref_year")
        private int year;

        protected Key() {
            // for JPA
        }

        Key(String branchCode, int year) {
            this.branchCode = branchCode;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && year == other.year && branchCode.equals(other.branchCode);
        }

        @Override
        public int hashCode() {
            return 31 * branchCode.hashCode() + year;
        }
    }
}
