package org.chantilly.intake.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A client's Idempotency-Key, remembered with the request it came with and the complaint it created. */
@Entity
@Table(name = "intake_idempotency")
public class IdempotentRequest {

    /** The hash of a request whose customer was erased: no request hashes to it. */
    public static final String ERASED = "erased";

    @EmbeddedId
    private Key key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "reference", nullable = false, length = 32)
    private String reference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
        // for JPA
    }

    public IdempotentRequest(String caller, String key, String requestHash, String reference, Instant createdAt) {
        this.key = new Key(caller, key);
        this.requestHash = requestHash;
        this.reference = reference;
        this.createdAt = createdAt;
    }

    /**
     * Forgets the hash of the request (it was computed from the customer's details): a retry with the same key is
     * then refused as a different request instead of recording the customer again.
     */
    public void forgetRequest() {
        requestHash = ERASED;
    }

    public String requestHash() {
        return requestHash;
    }

    public String reference() {
        return reference;
    }

    /** Caller and key. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "caller", length = 64)
        private String caller;

        @Column(name = "idem_key", length = 200)
        private String key;

        protected Key() {
            // for JPA
        }

        public Key(String caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && caller.equals(other.caller) && key.equals(other.key);
        }

        @Override
        public int hashCode() {
            return 31 * caller.hashCode() + key.hashCode();
        }
    }
}
