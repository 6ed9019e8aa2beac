package org.chantilly.handbook.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An employee read a handbook version in a language and signed it; the hash identifies the text they signed. */
@Entity
@Table(name = "handbook_signature")
public class Signature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "employee", nullable = false, length = 64)
    private String employee;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "text_hash", nullable = false, length = 64)
    private String textHash;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected Signature() {
    }

    public Signature(int versionNumber, String employee, String language, String textHash, Instant signedAt) {
        this.versionNumber = versionNumber;
        this.employee = Objects.requireNonNull(employee);
        this.language = Objects.requireNonNull(language);
        this.textHash = Objects.requireNonNull(textHash);
        this.signedAt = Objects.requireNonNull(signedAt);
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String employee() {
        return employee;
    }

    public String language() {
        return language;
    }

    public String textHash() {
        return textHash;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
